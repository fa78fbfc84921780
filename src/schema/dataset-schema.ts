import * as v from 'valibot';

/**
 * The dataset contract between the pipeline and the viewer (see DESIGN.md): one RFC 7946
 * FeatureCollection per article, one Feature per place, with the article itself carried in
 * the foreign member `article`. This file is the shape; `dataset-rules.ts` holds the checks
 * that relate one value to another (unique ids, offsets that agree with the text, ...).
 */

// Hostile or broken data must fail here, not stall the browser: every string has a ceiling.
const MAX_NAME = 200;
const MAX_TEXT = 5_000;
const MAX_SENTENCE = 20_000;
// A 10 MB article has some 60,000 sentences and 30,000 mentions of its main country.
const MAX_ITEMS = 1_000_000;

const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(MAX_ITEMS));
const index = v.pipe(v.number(), v.integer(), v.minValue(0));

export const PLACE_KINDS = [
  'city',
  'building',
  'naval-base',
  'park',
  'island',
  'island-group',
  'strait',
  'sea',
  'ocean',
  'region',
  'state',
  'country',
  'continent',
  'natural-feature',
] as const;

export const placeIdSchema = v.pipe(
  v.string(),
  v.maxLength(100),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug such as "matsu-islands"'),
);

/** A calendar day (`2023-04-09`) or, when the article gives only the month, `2023-05`. */
export const isoDateSchema = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/,
    'must be an ISO date, YYYY-MM-DD or YYYY-MM',
  ),
);

/** Whether a value was cut from the article by the pipeline or supplied by the curated file. */
export const originSchema = v.picklist(['extracted', 'curated']);

const outOfRange = (axis: string, limit: number) => (issue: v.BaseIssue<unknown>) =>
  `a ${axis} lies between -${limit} and ${limit}, not ${issue.received} (GeoJSON puts longitude first)`;
const longitude = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(-180, outOfRange('longitude', 180)),
  v.maxValue(180, outOfRange('longitude', 180)),
);
const latitude = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(-90, outOfRange('latitude', 90)),
  v.maxValue(90, outOfRange('latitude', 90)),
);

/** `[west, south, east, north]`; west > east is allowed and means the box crosses 180°. */
export const extentSchema = v.tuple([longitude, latitude, longitude, latitude]);

/** A span of the article text, with offsets counted in UTF-16 code units of the text as read. */
const span = {
  sentence: index,
  start: index,
  end: index,
};

export const mentionSchema = v.strictObject({ ...span, text: text(MAX_NAME) });

export const captionSchema = v.strictObject({
  text: text(MAX_TEXT),
  sentence: index,
  date: v.optional(isoDateSchema),
  provenance: v.strictObject({ place: originSchema, date: v.optional(originSchema) }),
});

export const quoteSchema = v.strictObject({
  ...span,
  text: text(MAX_TEXT),
  speaker: text(MAX_NAME),
  source: v.optional(text(MAX_NAME)),
  date: v.optional(isoDateSchema),
  provenance: v.strictObject({
    speaker: originSchema,
    place: v.optional(originSchema),
    date: v.optional(originSchema),
  }),
});

export const eventSchema = v.strictObject({
  date: isoDateSchema,
  summary: text(MAX_TEXT),
  sentence: index,
  provenance: v.strictObject({ date: originSchema, place: originSchema }),
});

export const gazetteerRefSchema = v.strictObject({
  source: v.picklist(['geonames', 'wikidata', 'curated']),
  id: v.optional(text(MAX_NAME)),
  note: v.optional(text(MAX_TEXT)),
});

export const placePropertiesSchema = v.strictObject({
  name: text(MAX_NAME),
  kind: v.picklist(PLACE_KINDS),
  aliases: list(text(MAX_NAME)),
  extent: v.optional(extentSchema),
  /** `area` when the point stands for something larger (a strait, an ocean, a country). */
  precision: v.picklist(['point', 'area']),
  /** One of the places the story is about; the map opens framed on these. */
  focus: v.boolean(),
  gazetteer: gazetteerRefSchema,
  provenance: v.strictObject({ place: originSchema }),
  mentions: list(mentionSchema),
  captions: list(captionSchema),
  quotes: list(quoteSchema),
  events: list(eventSchema),
});

export const placeFeatureSchema = v.strictObject({
  type: v.literal('Feature'),
  id: placeIdSchema,
  geometry: v.strictObject({
    type: v.literal('Point'),
    coordinates: v.tuple([longitude, latitude]),
  }),
  properties: placePropertiesSchema,
});

export const sentenceSchema = v.strictObject({
  text: text(MAX_SENTENCE),
  start: index,
  end: index,
  paragraph: index,
  role: v.picklist(['body', 'caption']),
});

export const journeySchema = v.strictObject({
  id: placeIdSchema,
  from: placeIdSchema,
  to: placeIdSchema,
  traveller: text(MAX_NAME),
  date: v.optional(isoDateSchema),
  sentence: index,
  provenance: v.strictObject({ route: originSchema }),
});

export const articleSchema = v.strictObject({
  slug: placeIdSchema,
  title: text(MAX_NAME),
  published: isoDateSchema,
  source: v.strictObject({
    name: text(MAX_NAME),
    // The viewer may link to it: a javascript: or data: address would run in the reader's page.
    url: v.optional(
      v.pipe(
        v.string(),
        v.maxLength(MAX_TEXT),
        v.url(),
        v.regex(/^https?:\/\//i, 'must be an http:// or https:// address'),
      ),
    ),
    note: v.optional(text(MAX_TEXT)),
  }),
  sentences: list(sentenceSchema),
  /** Quotations the article ties to no place: kept, so that none is lost. */
  untiedQuotes: list(quoteSchema),
  journeys: list(journeySchema),
});

const datasetOf = <T extends v.GenericSchema>(feature: T) =>
  v.looseObject({
    type: v.literal('FeatureCollection'),
    article: articleSchema,
    features: v.pipe(v.array(feature), v.maxLength(2_000_000)),
  });

export const datasetSchema = datasetOf(placeFeatureSchema);

/**
 * `datasetSchema` with each feature taken as it is: a dataset passes `datasetSchema` exactly
 * when it passes this and each of its features passes `placeFeatureSchema`, which lets a
 * validator check the features one by one (see `validate-dataset.ts`).
 */
export const datasetOutlineSchema = datasetOf(v.unknown());

export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Origin = v.InferOutput<typeof originSchema>;
export type Extent = v.InferOutput<typeof extentSchema>;
export type Mention = v.InferOutput<typeof mentionSchema>;
export type Caption = v.InferOutput<typeof captionSchema>;
export type Quote = v.InferOutput<typeof quoteSchema>;
export type PlaceEvent = v.InferOutput<typeof eventSchema>;
export type GazetteerRef = v.InferOutput<typeof gazetteerRefSchema>;
export type PlaceProperties = v.InferOutput<typeof placePropertiesSchema>;
export type PlaceFeature = v.InferOutput<typeof placeFeatureSchema>;
export type Sentence = v.InferOutput<typeof sentenceSchema>;
export type Journey = v.InferOutput<typeof journeySchema>;
export type Article = v.InferOutput<typeof articleSchema>;
export type Dataset = v.InferOutput<typeof datasetSchema>;
