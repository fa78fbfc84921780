import type { Sentence } from '../schema/dataset-schema.js';
import type { Curation } from './curation.js';
import { sentenceAt, type FoundPlaces, type PlaceMention } from './find-places.js';
import type { GazetteerEntry as StoryPlace } from './story-gazetteer.js';
import { geoparse, type Gazetteer, type ResolvedPlace, type Toponym } from './geoparser/index.js';

/** A decision an editor should look at: the mention, where it went, and why it is unsure. */
export interface LowConfidenceDecision {
  text: string;
  placeId: string;
  placeName: string;
  confidence: number;
  reason: string;
}

export interface GeoparsedPlaces extends FoundPlaces {
  lowConfidence: LowConfidenceDecision[];
}

/** Below this the geoparser's choice is listed for review. */
export const REVIEW_BELOW = 0.6;

// Texts longer than this are geoparsed in slices cut at line ends, to report progress.
const SLICE = 256 * 1024;

function toStoryPlace(place: ResolvedPlace, text: string): StoryPlace {
  return {
    id: place.id,
    name: place.name,
    kind: place.kind,
    names: [text],
    point: [place.lon, place.lat],
    ...(place.extent === undefined ? {} : { extent: place.extent }),
    source: place.gazetteer,
  };
}

/** The entries with these ids; the gazetteer builds entries on demand, so it is read once. */
function entriesById(gazetteer: Gazetteer, ids: ReadonlySet<string>): Map<string, ResolvedPlace> {
  const found = new Map<string, ResolvedPlace>();
  for (let i = 0; i < gazetteer.size && found.size < ids.size; i += 1) {
    const entry = gazetteer.entry(i);
    if (ids.has(entry.id)) found.set(entry.id, entry);
  }
  return found;
}

function sliceBounds(text: string): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + SLICE);
    if (end < text.length) {
      const lineEnd = text.indexOf('\n', end);
      end = lineEnd < 0 ? text.length : lineEnd + 1;
    }
    bounds.push([start, end]);
    start = end;
  }
  return bounds;
}

function geoparseWithProgress(
  text: string,
  gazetteer: Gazetteer,
  onProgress: (share: number) => void,
): Toponym[] {
  const toponyms: Toponym[] = [];
  for (const [start, end] of sliceBounds(text)) {
    for (const toponym of geoparse(text.slice(start, end), gazetteer)) {
      toponyms.push({ ...toponym, start: toponym.start + start, end: toponym.end + start });
    }
    onProgress(end / text.length);
  }
  return toponyms;
}

/**
 * Finds places with the offline geoparser, for an article that has no curated gazetteer.
 * The curation's aliases still apply: an alias naming a place sends every mention of that
 * text there, and one whose place is null says the text is not a place.
 */
export function findByGeoparser(
  gazetteer: Gazetteer,
  aliases: Curation['aliases'],
  onProgress: (share: number) => void = () => undefined,
): (text: string, sentences: readonly Sentence[]) => GeoparsedPlaces {
  const byId = entriesById(
    gazetteer,
    new Set(aliases.flatMap((alias) => (alias.place === null ? [] : [alias.place]))),
  );
  const overrides = new Map(aliases.map((alias) => [alias.text, alias.place]));
  aliases.forEach((alias, i) => {
    if (alias.place !== null && !byId.has(alias.place)) {
      throw new Error(
        `curation aliases[${i}]: "${alias.place}" is not a place of the geoparser's gazetteer`,
      );
    }
  });

  return (text, sentences) => {
    const entries = new Map<string, StoryPlace>();
    const mentions: PlaceMention[] = [];
    const lowConfidence: LowConfidenceDecision[] = [];
    for (const toponym of geoparseWithProgress(text, gazetteer, onProgress)) {
      const override = overrides.get(toponym.text);
      if (override === null) continue;
      const curated = override !== undefined;
      const chosen = override === undefined ? undefined : byId.get(override);
      const place: ResolvedPlace = chosen ?? toponym.place;
      const sentence = sentenceAt(sentences, toponym.start);
      if (sentence < 0) continue;
      const known = entries.get(place.id);
      if (known === undefined) entries.set(place.id, toStoryPlace(place, toponym.text));
      else if (!known.names.includes(toponym.text)) known.names.push(toponym.text);
      mentions.push({
        placeId: place.id,
        sentence,
        start: toponym.start,
        end: toponym.end,
        text: toponym.text,
        curated,
      });
      if (
        !curated &&
        toponym.confidence < REVIEW_BELOW &&
        !lowConfidence.some((d) => d.text === toponym.text)
      ) {
        lowConfidence.push({
          text: toponym.text,
          placeId: place.id,
          placeName: place.name,
          confidence: toponym.confidence,
          reason: toponym.reason ?? 'the geoparser is unsure of this place',
        });
      }
    }
    return { entries: [...entries.values()], mentions, lowConfidence };
  };
}
