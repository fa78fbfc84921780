/**
 * Words around a capitalised name that tell what it is. All folded (lower case, no accents).
 * These are closed-class English words of news writing, not place names: the recogniser
 * learns nothing about particular places from them.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Before a name, these make it a person: "President Xi", "Secretary Blinken". */
export const PERSON_TITLES = words(`
  mr mrs ms miss dr prof professor sir dame lord lady king queen prince princess pope
  president vice premier chancellor minister secretary senator sen rep representative
  congressman congresswoman governor gov mayor councillor councilman councilwoman judge justice
  general gen colonel col captain capt lieutenant lt sergeant sgt admiral adm commander
  chief spokesman spokeswoman spokesperson ambassador envoy director chairman chairwoman
  reverend rev father bishop archbishop cardinal rabbi imam sheikh ayatollah emir sultan
  detective inspector officer constable coach striker defender midfielder goalkeeper
  actor actress singer rapper author novelist mp mep adviser advisor aide lawmaker diplomat
`);

/** Before a name, these make it a ship: "HMCS Montreal", "the frigate Yulin". */
export const SHIP_CUES = words(`
  uss usns hms hmcs hmas hmnzs ins ims roks js rfa hnlms fs its mv ms ss rv sv cgc plan
  ship vessel frigate destroyer minesweeper carrier submarine sub cruiser corvette tanker
  freighter ferry yacht liner warship boat trawler tug icebreaker
`);

/**
 * After a place, these are an institution or facility named for it ("California Department
 * of Public Health", "Randwick Racecourse"): the place is still a place.
 */
export const INSTITUTION_WORDS = words(`
  department ministry centers center centre health army navy air police governor president
  premier prime minister secretary senator congressman congresswoman representative mayor
  vice deputy city county state provincial federal national regional district municipal
  council government university college school hospital clinic airport racecourse stadium
  station embassy consulate court agency authority board commission institute institutes
  museum zoo port harbour harbor office bureau service services parliament assembly
  legislature supreme high attorney sheriff highway road street avenue square bridge park
  base prison jail market mall medical central chief unified sanitation environmental public
  general energy environment education transport trade foreign interior defence defense
  security forces military coast marine marines fire emergency rescue civil cabinet
  administration party league club team airlines airways railway railways metro
  province prefecture region islands island river lake valley bay peninsula strait sea gulf
  mountains desert delta basin plateau division headquarters camp township parish borough
  municipality governorate oblast consul police naval federation union association society
  organization organisation corporation company foundation alliance coalition
`);

/** After a place, these make it the name of a newspaper: "Washington Post". */
export const MEDIA_WORDS = words(`
  times post herald tribune journal chronicle gazette telegraph globe mail express observer
  examiner inquirer courier daily dispatch bulletin record register standard sentinel
`);

/** Before a place, these narrow it without changing it: "southern California". */
export const AREA_MODIFIERS = words(`
  north south east west northern southern eastern western central northeast northwest
  southeast southwest northeastern northwestern southeastern southwestern upper lower greater
  inner outer mainland metro metropolitan rural downtown coastal suburban western
`);

/** Calendar words are capitalised but never places here. */
export const CALENDAR_WORDS = words(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep
  sept oct nov dec mon tue wed thu fri sat sun
`);

/** The last word of a natural feature's name: a run ending in one is a place the gazetteer may lack. */
export const FEATURE_HEADS = words(`
  river island islands mountains mountain valley bay peninsula strait straits sea desert
  canyon falls reservoir delta archipelago atoll reef glacier lagoon
`);

/** The first word of a natural feature's name: "Lake Kivu", "Mount Merapi", "Cape Maobitou". */
export const FEATURE_PREFIXES = words(`lake mount mt cape gulf isle`);

/** Before a name, these say it is somewhere: they vouch for a town with a common-word name. */
export const LOCATIVE_PREPOSITIONS = words(`
  in at from near to outside towards toward into across around via through between within
`);

/** After a place name, these make it the name of a disease: "West Nile virus", "Reston ebolavirus". */
export const DISEASE_WORDS = words(`
  virus viruses ebolavirus fever flu influenza disease strain encephalitis variant syndrome
`);

/**
 * After a place, these make one larger area named for it, which the mention includes
 * ("Dallas County", "Salinas Valley", "Nyanza Province").
 */
export const AREA_HEADS = words(`
  county province district prefecture parish valley region municipality township borough
  oblast governorate
`);
