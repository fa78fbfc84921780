import * as v from 'valibot';
import {
  PLACE_KINDS,
  extentSchema,
  gazetteerRefSchema,
  placeIdSchema,
} from '../schema/dataset-schema.js';

const entrySchema = v.strictObject({
  id: placeIdSchema,
  name: v.pipe(v.string(), v.minLength(1)),
  kind: v.picklist(PLACE_KINDS),
  /** Every name under which the place is found in an article, matched case-sensitively. */
  names: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)),
  point: v.tuple([
    v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
    v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  ]),
  extent: v.optional(extentSchema),
  source: gazetteerRefSchema,
});

export const storyGazetteerSchema = v.strictObject({
  description: v.string(),
  places: v.array(entrySchema),
});

export type GazetteerEntry = v.InferOutput<typeof entrySchema>;

/** The curated gazetteer of data/story-gazetteer.json, checked, or an error naming the entry and field. */
export function parseStoryGazetteer(input: unknown): GazetteerEntry[] {
  const result = v.safeParse(storyGazetteerSchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(`story gazetteer: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  return result.output.places;
}
