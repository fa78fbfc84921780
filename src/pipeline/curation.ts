import * as v from 'valibot';
import { isoDateSchema, placeIdSchema } from '../schema/dataset-schema.js';

const because = v.pipe(v.string(), v.minLength(1));

/**
 * What the pipeline cannot decide from the text, said explicitly by an editor: which places
 * the story is about, names the gazetteer lacks, where quotations were said, and events the
 * automatic reading gets wrong. Sentences are named by their opening words, not by index,
 * so that a curation survives an edit elsewhere in the article.
 */
export const curationSchema = v.strictObject({
  article: placeIdSchema,
  focus: v.array(placeIdSchema),
  /** Names the finder misses or misreads; a null place says the text is not a place. */
  aliases: v.array(
    v.strictObject({
      place: v.nullable(placeIdSchema),
      text: v.pipe(v.string(), v.minLength(1)),
      because,
    }),
  ),
  quotes: v.array(
    v.strictObject({
      speaker: v.pipe(v.string(), v.minLength(1)),
      place: placeIdSchema,
      date: v.optional(isoDateSchema),
      because,
    }),
  ),
  events: v.array(
    v.strictObject({
      sentence: v.pipe(v.string(), v.minLength(8)),
      place: v.nullable(placeIdSchema),
      date: v.optional(isoDateSchema),
      because,
    }),
  ),
  journeys: v.array(
    v.strictObject({
      id: placeIdSchema,
      from: placeIdSchema,
      to: placeIdSchema,
      traveller: v.pipe(v.string(), v.minLength(1)),
      sentence: v.pipe(v.string(), v.minLength(8)),
      date: v.optional(isoDateSchema),
      because,
    }),
  ),
});

export type Curation = v.InferOutput<typeof curationSchema>;

export const EMPTY_CURATION: Omit<Curation, 'article'> = {
  focus: [],
  aliases: [],
  quotes: [],
  events: [],
  journeys: [],
};

export function parseCuration(input: unknown, file: string): Curation {
  const result = v.safeParse(curationSchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(`${file}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  return result.output;
}
