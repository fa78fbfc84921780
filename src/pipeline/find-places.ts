import type { Sentence } from '../schema/dataset-schema.js';
import type { GazetteerEntry } from './story-gazetteer.js';

export interface PlaceName {
  placeId: string;
  name: string;
  /** True when the name comes from the curated file rather than the gazetteer. */
  curated: boolean;
}

export interface PlaceMention {
  placeId: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  curated: boolean;
}

// A navy's prefix makes the following name a ship's: "HMCS Montreal" is not the city.
const SHIP_PREFIX = /\b(?:HMCS|HMAS|HMNZS|HMS|USS|USNS|INS|RSS|JS|ROKS)\s+$/;

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The index of the sentence holding an offset, by binary search over sorted sentences. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (sentence === undefined) break;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/**
 * Every mention of a known place name in the article, longest name first so that
 * "Pingtung County" is one mention and not "Pingtung". Names match whole words, case
 * included ("US" but not "us" or "USS"); possessives match ("China’s" mentions China).
 */
export function findPlaceMentions(
  text: string,
  sentences: readonly Sentence[],
  names: readonly PlaceName[],
): PlaceMention[] {
  const byName = new Map(names.map((entry) => [entry.name, entry]));
  const alternation = [...byName.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeForPattern)
    .join('|');
  if (alternation === '') return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu');
  const mentions: PlaceMention[] = [];
  for (const match of text.matchAll(pattern)) {
    const entry = byName.get(match[0]);
    if (
      entry === undefined ||
      SHIP_PREFIX.test(text.slice(Math.max(0, match.index - 8), match.index))
    )
      continue;
    const sentence = sentenceAt(sentences, match.index);
    if (sentence < 0) continue;
    mentions.push({
      placeId: entry.placeId,
      sentence,
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      curated: entry.curated,
    });
  }
  return mentions;
}

/** The places an article names and where it names them, however they were found. */
export interface FoundPlaces {
  entries: GazetteerEntry[];
  mentions: PlaceMention[];
}

export type PlaceFinder = (text: string, sentences: readonly Sentence[]) => FoundPlaces;

/**
 * Finds places by the names a curated gazetteer lists, plus the aliases an editor added for
 * one article ("cross-strait" for the Taiwan Strait); an alias with a null place says that
 * text is not a place, wherever a gazetteer name would match it.
 */
export function findByGazetteerNames(
  gazetteer: readonly GazetteerEntry[],
  aliases: readonly { place: string | null; text: string }[],
): PlaceFinder {
  const ids = new Set(gazetteer.map((entry) => entry.id));
  aliases.forEach((alias, i) => {
    if (alias.place !== null && !ids.has(alias.place))
      throw new Error(`curation aliases[${i}]: "${alias.place}" is not a place of the gazetteer`);
  });
  const notPlaces = new Set(
    aliases.filter((alias) => alias.place === null).map((alias) => alias.text),
  );
  const names: PlaceName[] = [
    ...gazetteer.flatMap((entry) =>
      entry.names.map((name) => ({ placeId: entry.id, name, curated: false })),
    ),
    ...aliases.flatMap((alias) =>
      alias.place === null ? [] : [{ placeId: alias.place, name: alias.text, curated: true }],
    ),
  ];
  return (text, sentences) => ({
    entries: [...gazetteer],
    mentions: findPlaceMentions(text, sentences, names).filter(
      (mention) => !notPlaces.has(mention.text),
    ),
  });
}
