/**
 * Every number the resolver uses, in one place. Scores are on the scale of log10(population):
 * a bonus of 1 weighs as much as ten times the people.
 */
export const RESOLVER_WEIGHTS = {
  /**
   * A country outranks a town or region of the same name unless the article says otherwise.
   * It must outweigh what an article about one country gives that country's towns (context,
   * nearness: about 4), or "Lebanon reported three cases" beside US places is Pennsylvania's.
   */
  country: 3,
  region: 0.5,
  /** A county is usually named for its seat, which is what a bare name means. */
  county: -0.3,
  /** A national capital outranks the region named like it (Washington, D.C. over the state). */
  capital: 2,
  regionalCapital: 0.7,
  countySeat: 0.3,
  /** A quarter of a city (GeoNames PPLX) is rarely what a bare name means. */
  cityQuarter: -0.7,
  /** A big city named like the region it is in (New York): the news means the city. */
  cityOverOwnRegion: 1.5,
  bigCityPopulation: 500_000,
  /**
   * The text calls it a division: "New York state", "the state of Washington", "Ontario
   * province", "New York Governor Andrew Cuomo".
   */
  divisionCue: 3,
  /**
   * Per list neighbour that is a country or a first-level region, a name is one too: "Oregon, Washington and
   * Idaho", "Mali, Niger, and Senegal".
   */
  listedAlike: 2.5,
  /** Inside the region or country the text names right after it ("Paris, Texas"). */
  qualified: 4,
  /** The region or country that the qualified place lies in. */
  qualifier: 3,
  /** In a country the article is about: `contextBase` + `contextShare` x its share of the votes. */
  contextBase: 1.5,
  contextShare: 1.5,
  /** In, or holding, a region or place the article resolves elsewhere. */
  containment: 1.5,
  /** Near the article's other places: `nearness` x exp(-km / `nearnessKm`). */
  nearness: 2,
  nearnessKm: 250,
  /** Unknown population: as for a village of a thousand. */
  unknownPopulation: 3,
  /** Softmax temperature: a lead of 1 is a confidence of about 0.88. */
  temperature: 0.5,
  /** Two candidates this close are one place on a map (Singapore the city and the country). */
  sameSpotKm: 100,
  /** A mention this sure of its place informs the others. */
  anchorAbove: 0.8,
  /** Below this confidence the toponym says why. */
  reviewBelow: 0.7,
  /** "Dallas County" placed at Dallas: the area is near the town but not the town. */
  areaAroundFactor: 0.8,
  /** A toponym placed at a neighbouring place because the gazetteer lacks it. */
  unlistedConfidence: 0.2,
  /**
   * A town this small in a country the article never otherwise touches is more likely a
   * surname or a word that happens to name a village ("Wang", Austria): dropped unless qualified.
   */
  strayTownPopulation: 20_000,
  /** The article context is gathered over windows this long, so a 10 MB input stays linear. */
  windowCharacters: 20_000,
} as const;
