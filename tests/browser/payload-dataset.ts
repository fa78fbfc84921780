import { PLACE_KINDS, type Dataset, type PlaceFeature } from '../../src/schema/dataset-schema.js';

/**
 * Every free-text field of a dataset that the schema lets carry any text. Ids and kinds cannot
 * carry a payload (the schema holds them to kebab-case slugs and a fixed list), nor can dates,
 * numbers or the source URL (http or https only).
 */
export const PLACE_TEXT_FIELDS = [
  'name',
  'alias',
  'gazetteer id',
  'gazetteer note',
  'caption',
  'quote',
  'speaker',
  'quote source',
  'event summary',
  'untied quote speaker',
  'untied quote source',
  'journey traveller',
] as const;
export type PlaceTextField = (typeof PLACE_TEXT_FIELDS)[number];

/** The article-level fields, one payload each per dataset. */
export const ARTICLE_TEXT_FIELDS = ['title', 'source name', 'source note'] as const;
export type ArticleTextField = (typeof ARTICLE_TEXT_FIELDS)[number];

export interface PayloadDataset {
  dataset: Dataset;
  /** For each place id, the payload each of its fields carries. */
  places: Map<string, Record<PlaceTextField, string>>;
  article: Record<ArticleTextField, string>;
}

const PROVENANCE = 'extracted' as const;

/**
 * A valid dataset with one place per payload, in which every text field carries a payload.
 * Field `f` of place `i` carries `payloads[(i + f) % n]`, so each payload passes through each
 * field exactly once and no two fields of one place hold the same text. Article sentences
 * are payloads too: the name (and so its mention), quotation and caption of each place are cut
 * from them.
 */
export function buildPayloadDataset(
  payloads: readonly string[],
  article: Record<ArticleTextField, string>,
): PayloadDataset {
  const n = payloads.length;
  const sentences: Dataset['article']['sentences'] = [];
  let offset = 0;
  const addSentence = (text: string, paragraph: number, role: 'body' | 'caption') => {
    sentences.push({ text, start: offset, end: offset + text.length, paragraph, role });
    offset += text.length + 1;
    return sentences.length - 1;
  };
  const wholeSentence = (index: number) => {
    const sentence = sentences[index];
    if (sentence === undefined) throw new Error(`no sentence ${index}`);
    return { sentence: index, start: sentence.start, end: sentence.end, text: sentence.text };
  };

  const places = new Map<string, Record<PlaceTextField, string>>();
  const features: PlaceFeature[] = [];
  const untiedQuotes: Dataset['article']['untiedQuotes'] = [];
  const journeys: Dataset['article']['journeys'] = [];
  payloads.forEach((_, i) => {
    const fields = Object.fromEntries(
      PLACE_TEXT_FIELDS.map((field, f) => [field, payloads[(i + f) % n] ?? '']),
    ) as Record<PlaceTextField, string>;
    const id = `place-${i}`;
    places.set(id, fields);
    const named = addSentence(fields.name, i, 'body');
    const quoted = addSentence(fields.quote, i, 'body');
    const captioned = addSentence(fields.caption, i, 'caption');
    features.push({
      type: 'Feature',
      id,
      // A grid over the world, so that markers do not cover one another.
      geometry: {
        type: 'Point',
        coordinates: [-150 + (i % 16) * 20, -50 + Math.floor(i / 16) * 25],
      },
      properties: {
        name: fields.name,
        kind: PLACE_KINDS[i % PLACE_KINDS.length] ?? 'city',
        aliases: [fields.alias],
        precision: 'point',
        focus: true,
        gazetteer: {
          source: 'curated',
          id: fields['gazetteer id'],
          note: fields['gazetteer note'],
        },
        provenance: { place: PROVENANCE },
        mentions: [wholeSentence(named)],
        captions: [
          {
            text: fields.caption,
            sentence: captioned,
            date: '2023-06-18',
            provenance: { place: PROVENANCE },
          },
        ],
        quotes: [
          {
            ...wholeSentence(quoted),
            speaker: fields.speaker,
            source: fields['quote source'],
            date: '2023-06-19',
            provenance: { speaker: PROVENANCE },
          },
        ],
        events: [
          {
            date: '2023-06-19',
            summary: fields['event summary'],
            sentence: named,
            provenance: { date: PROVENANCE, place: PROVENANCE },
          },
        ],
      },
    });
    untiedQuotes.push({
      ...wholeSentence(quoted),
      speaker: fields['untied quote speaker'],
      source: fields['untied quote source'],
      provenance: { speaker: PROVENANCE },
    });
    journeys.push({
      id: `journey-${i}`,
      from: id,
      to: `place-${(i + 1) % n}`,
      traveller: fields['journey traveller'],
      sentence: named,
      provenance: { route: PROVENANCE },
    });
  });

  return {
    dataset: {
      type: 'FeatureCollection',
      article: {
        slug: 'payloads',
        title: article.title,
        published: '2023-06-19',
        source: {
          name: article['source name'],
          url: 'https://example.org/',
          note: article['source note'],
        },
        sentences,
        untiedQuotes,
        journeys,
      },
      features,
    },
    places,
    article,
  };
}
