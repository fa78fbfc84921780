import type {
  Caption,
  Dataset,
  Journey,
  PlaceEvent,
  PlaceFeature,
  Quote,
  Sentence,
} from '../schema/dataset-schema.js';
import { parseDataset } from '../schema/validate-dataset.js';
import type { Curation } from './curation.js';
import { placeOfSentence } from './find-events.js';
import type { PlaceFinder, PlaceMention } from './find-places.js';
import { findQuotes, type FoundQuote } from './find-quotes.js';
import { readArticle } from './read-article.js';
import { findDates } from './resolve-dates.js';
import type { GazetteerEntry } from './story-gazetteer.js';

export interface ArticleSeed {
  slug: string;
  title: string;
  /** YYYY-MM-DD: "Sunday" and "April 10" are read from this day. */
  published: string;
  source: { name: string; url?: string; note?: string };
  text: string;
}

type Curated = Omit<Curation, 'article'>;

/** Items grouped by a key, in their order: one pass, so that long articles stay linear. */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

// Places whose point stands for themselves; the story is told at these, not at countries.
const POINT_KINDS: ReadonlySet<string> = new Set(['city', 'building', 'naval-base', 'park']);

/**
 * The places the map opens framed on: the curation's, or else the exact places where the
 * article reports something (a caption, a quotation, an event) together with the exact place
 * it names most, or else every place.
 */
function focusOf(features: readonly PlaceFeature[], curatedFocus: readonly string[]): Set<string> {
  if (curatedFocus.length > 0) return new Set(curatedFocus);
  const exact = features.filter((f) => POINT_KINDS.has(f.properties.kind));
  if (exact.length === 0) return new Set(features.map((f) => f.id));
  const reported = (f: PlaceFeature) =>
    f.properties.captions.length + f.properties.quotes.length + f.properties.events.length > 0;
  const mostNamed = exact.reduce((best, f) =>
    f.properties.mentions.length > best.properties.mentions.length ? f : best,
  );
  return new Set([mostNamed, ...exact.filter(reported)].map((f) => f.id));
}

function sentenceStartingWith(
  sentences: readonly Sentence[],
  opening: string,
  where: string,
): number {
  const index = sentences.findIndex((sentence) => sentence.text.startsWith(opening));
  if (index < 0) throw new Error(`${where}: no sentence of the article starts with "${opening}"`);
  return index;
}

function requirePlace(ids: ReadonlySet<string>, id: string, where: string): string {
  if (!ids.has(id)) throw new Error(`${where}: "${id}" is not a place of the gazetteer`);
  return id;
}

/** Events: every dated sentence at the place where it happened, unless the curation says otherwise. */
function findEvents(
  sentences: readonly Sentence[],
  published: string,
  mentionsBySentence: ReadonlyMap<number, readonly PlaceMention[]>,
  gazetteer: ReadonlyMap<string, GazetteerEntry>,
  curated: Curated['events'],
): { place: string; event: PlaceEvent }[] {
  const placeIds = new Set(gazetteer.keys());
  const overrides = new Map<number, Curated['events']>();
  curated.forEach((entry, i) => {
    const where = `curation events[${i}]`;
    if (entry.place !== null) requirePlace(placeIds, entry.place, where);
    const index = sentenceStartingWith(sentences, entry.sentence, where);
    overrides.set(index, [...(overrides.get(index) ?? []), entry]);
  });
  return sentences.flatMap((sentence, index): { place: string; event: PlaceEvent }[] => {
    const found = findDates(sentence.text, published)[0];
    const summary = sentence.text;
    const override = overrides.get(index);
    if (override !== undefined) {
      return override.flatMap((entry) => {
        const date = entry.date ?? found?.date;
        if (entry.place === null || date === undefined) return [];
        const provenance = {
          date: entry.date === undefined ? 'extracted' : 'curated',
          place: 'curated',
        } as const;
        return [{ place: entry.place, event: { date, summary, sentence: index, provenance } }];
      });
    }
    const place =
      found === undefined
        ? undefined
        : placeOfSentence(sentence, mentionsBySentence.get(index) ?? [], gazetteer);
    if (found === undefined || place === undefined) return [];
    return [
      {
        place,
        event: {
          date: found.date,
          summary,
          sentence: index,
          provenance: { date: 'extracted', place: 'extracted' },
        },
      },
    ];
  });
}

function tieQuotes(
  found: readonly FoundQuote[],
  ties: Curated['quotes'],
  placeIds: ReadonlySet<string>,
) {
  ties.forEach((tie, i) => requirePlace(placeIds, tie.place, `curation quotes[${i}]`));
  return found.map((quote) => {
    const tie = ties.find((candidate) => candidate.speaker === quote.speaker);
    const base = {
      sentence: quote.sentence,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      speaker: quote.speaker,
      ...(quote.source === undefined ? {} : { source: quote.source }),
    };
    if (tie === undefined)
      return {
        place: undefined,
        quote: { ...base, provenance: { speaker: 'extracted' } } as Quote,
      };
    const dated = tie.date === undefined ? {} : { date: tie.date };
    const provenance = {
      speaker: 'extracted',
      place: 'curated',
      ...(tie.date === undefined ? {} : { date: 'curated' }),
    } as const;
    return { place: tie.place, quote: { ...base, ...dated, provenance } as Quote };
  });
}

/**
 * Turns an article into its dataset: the sentences, the places it names (as `findPlaces`
 * finds and resolves them), the photo captions, quotations and dated events tied to those places, and the
 * journeys the curation lists. Pure: the caller reads the files and writes the result.
 */
export function buildDataset(
  seed: ArticleSeed,
  findPlaces: PlaceFinder,
  curated: Curated,
): Dataset {
  const { text, published } = seed;
  const { sentences } = readArticle(text);
  const { entries, mentions } = findPlaces(text, sentences);
  const mentionsBySentence = groupBy(mentions, (mention) => mention.sentence);
  const gazetteer = new Map(entries.map((entry) => [entry.id, entry]));
  const placeIds = new Set(gazetteer.keys());
  const placeNames = new Set(mentions.map((mention) => mention.text));
  const isPlaceName = (name: string) => placeNames.has(name);

  const quotes = tieQuotes(findQuotes(text, sentences, isPlaceName), curated.quotes, placeIds);
  const events = findEvents(sentences, published, mentionsBySentence, gazetteer, curated.events);
  const captions = sentences.flatMap((sentence, index): { place: string; caption: Caption }[] => {
    if (sentence.role !== 'caption') return [];
    const place = placeOfSentence(sentence, mentionsBySentence.get(index) ?? [], gazetteer);
    if (place === undefined) return [];
    const date = findDates(sentence.text, published)[0]?.date;
    const provenance =
      date === undefined
        ? { place: 'extracted' as const }
        : { place: 'extracted' as const, date: 'extracted' as const };
    return [
      {
        place,
        caption: {
          text: sentence.text,
          sentence: index,
          ...(date === undefined ? {} : { date }),
          provenance,
        },
      },
    ];
  });
  curated.focus.forEach((id, i) => requirePlace(placeIds, id, `curation focus[${i}]`));

  const mentionsByPlace = groupBy(mentions, (mention) => mention.placeId);
  const captionsByPlace = groupBy(captions, (item) => item.place);
  const quotesByPlace = groupBy(quotes, (item) => item.place);
  const eventsByPlace = groupBy(events, (item) => item.place);
  const features = [...mentionsByPlace].map(([id, own]): PlaceFeature => {
    const entry = gazetteer.get(id);
    if (entry === undefined) throw new Error(`place "${id}" is missing from the gazetteer`);
    return {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: entry.point },
      properties: {
        name: entry.name,
        kind: entry.kind,
        aliases: [...new Set(own.map((mention) => mention.text))],
        ...(entry.extent === undefined ? {} : { extent: entry.extent }),
        precision: entry.extent === undefined && POINT_KINDS.has(entry.kind) ? 'point' : 'area',
        focus: false,
        gazetteer: entry.source,
        provenance: { place: own.every((mention) => mention.curated) ? 'curated' : 'extracted' },
        mentions: own.map(({ sentence, start, end, text: mentionText }) => ({
          sentence,
          start,
          end,
          text: mentionText,
        })),
        captions: (captionsByPlace.get(id) ?? []).map((item) => item.caption),
        quotes: (quotesByPlace.get(id) ?? []).map((item) => item.quote),
        events: (eventsByPlace.get(id) ?? []).map((item) => item.event),
      },
    };
  });
  const focus = focusOf(features, curated.focus);
  for (const feature of features) feature.properties.focus = focus.has(feature.id);

  const journeys = curated.journeys.map((journey, i): Journey => {
    const where = `curation journeys[${i}]`;
    return {
      id: journey.id,
      from: requirePlace(placeIds, journey.from, where),
      to: requirePlace(placeIds, journey.to, where),
      traveller: journey.traveller,
      ...(journey.date === undefined ? {} : { date: journey.date }),
      sentence: sentenceStartingWith(sentences, journey.sentence, where),
      provenance: { route: 'curated' },
    };
  });

  return parseDataset({
    type: 'FeatureCollection',
    article: {
      slug: seed.slug,
      title: seed.title,
      published,
      source: seed.source,
      sentences,
      untiedQuotes: (quotesByPlace.get(undefined) ?? []).map((item) => item.quote),
      journeys,
    },
    features,
  });
}
