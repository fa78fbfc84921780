import * as v from 'valibot';
import { readCheckedJson } from './read-checked-json.js';
import { extentSchema, PLACE_KINDS } from '../../schema/dataset-schema.js';

/**
 * The hand-made part of the gazetteer (data/gazetteer/): natural features, macro-regions and
 * landmarks that GeoNames' town list lacks, and the other names places go by in the news.
 * Every entry says where it comes from and under which licence.
 */

const attribution = {
  source: v.pipe(v.string(), v.minLength(1)),
  licence: v.pipe(v.string(), v.minLength(1)),
};

export const curatedPlaceSchema = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1)),
  aliases: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  kind: v.picklist(PLACE_KINDS),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  extent: v.optional(extentSchema),
  countryCode: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  /** Where the point is GeoNames' own (continents), its GeoNames id. */
  geonameId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** How readily a reader thinks of it, on the scale of log10(population): 5 to 10. */
  prominence: v.pipe(v.number(), v.minValue(0), v.maxValue(10)),
  ...attribution,
});

/** Another name for a place that a source already has: a country, a region or a town. */
export const nameAliasSchema = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1)),
  target: v.union([
    v.strictObject({ country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)) }),
    v.strictObject({ region: v.pipe(v.string(), v.regex(/^[A-Z]{2}\.[A-Z0-9]+$/)) }),
    v.strictObject({
      town: v.pipe(v.string(), v.minLength(1)),
      countryCode: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
    }),
  ]),
  /** Use this name, not the source's, to show the place (`Syria`, not `Syrian Arab Republic`). */
  display: v.optional(v.boolean()),
  ...attribution,
});

export const curatedFileSchema = v.strictObject({
  description: v.string(),
  places: v.array(curatedPlaceSchema),
  aliases: v.array(nameAliasSchema),
});

export type CuratedPlace = v.InferOutput<typeof curatedPlaceSchema>;
export type NameAlias = v.InferOutput<typeof nameAliasSchema>;
export type CuratedFile = v.InferOutput<typeof curatedFileSchema>;

export const CURATED_FILE_URL = new URL(
  '../../../data/gazetteer/curated-places.json',
  import.meta.url,
);

/** Reads and checks the curated file; a malformed entry fails loudly with its path. */
export function readCuratedFile(url: URL = CURATED_FILE_URL): CuratedFile {
  return readCheckedJson(url, curatedFileSchema);
}
