import type { Sentence } from '../schema/dataset-schema.js';
import type { GazetteerEntry } from './story-gazetteer.js';
import type { PlaceMention } from './find-places.js';

// "in Vienna", "at the ornate state guest house in the ancient Diaoyutai Gardens": where it happened.
const LOCATIVE = /\b(?:in|at|near|over|off|inside|outside)\s+(?:[a-z’'-]+\s+){0,3}$/;

/** Smaller is more specific: a building before a city, a city before any area, areas by size. */
function specificity(entry: GazetteerEntry): number {
  if (entry.extent === undefined) return entry.kind === 'city' ? 1 : 0;
  const [west, south, east, north] = entry.extent;
  const width = west <= east ? east - west : 360 - west + east;
  return 2 + width * (north - south) * Math.cos((((north + south) / 2) * Math.PI) / 180);
}

/**
 * The place where what a sentence reports happened, given the mentions in or near it: the most specific place introduced by a
 * locative preposition, or failing that the most specific place the sentence names.
 */
export function placeOfSentence(
  sentence: Sentence,
  mentions: readonly PlaceMention[],
  gazetteer: ReadonlyMap<string, GazetteerEntry>,
): string | undefined {
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const locative = inSentence.filter((m) =>
    LOCATIVE.test(sentence.text.slice(0, m.start - sentence.start)),
  );
  const candidates = locative.length > 0 ? locative : inSentence;
  let best: { id: string; rank: number } | undefined;
  for (const mention of candidates) {
    const entry = gazetteer.get(mention.placeId);
    if (entry === undefined) continue;
    const rank = specificity(entry);
    if (best === undefined || rank < best.rank) best = { id: entry.id, rank };
  }
  return best?.id;
}
