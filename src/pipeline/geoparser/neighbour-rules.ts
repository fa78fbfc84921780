import {
  AREA_MODIFIERS,
  CALENDAR_WORDS,
  DISEASE_WORDS,
  INSTITUTION_WORDS,
  LOCATIVE_PREPOSITIONS,
  MEDIA_WORDS,
  PERSON_TITLES,
  SHIP_CUES,
} from './cue-words.js';
import type { NameMatch } from './match-names.js';
import { NEIGHBOUR_GAP, type TextView } from './text-view.js';

/** A town whose name is also a common word needs at least this many people and a preposition. */
const COMMON_WORD_TOWN_POPULATION = 100_000;

/** What the neighbour rules know beyond the text: person names, the mention just before. */
export interface NeighbourContext {
  readonly personWords: ReadonlySet<string>;
  /** Last token of the toponym found just before, or -1. */
  readonly previousMentionEnd: number;
}

/**
 * Whether the words around a gazetteer name say it is no place here: a person ("President
 * Xi", "Matthew Miller"), a ship ("HMCS Montreal"), a newspaper ("Washington Post"), a disease
 * ("West Nile virus"), money ("US$"), or a common word that happens to name a town.
 */
export function isRejectedByNeighbours(
  view: TextView,
  first: number,
  match: NameMatch,
  context: NeighbourContext,
): boolean {
  const { tokens, text, gazetteer } = view;
  const { last, variants } = match;
  const entries = variants.map((variant) => gazetteer.entry(variant.entry));
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const beforeWord = first > 0 ? view.folded(first - 1) : '';

  if (before && (PERSON_TITLES.has(beforeWord) || SHIP_CUES.has(beforeWord))) {
    // "Dr. Thomas" as much as "President Xi"; "the frigate Yulin" as much as "HMCS Montreal".
    const titled = before.capitalised || SHIP_CUES.has(beforeWord);
    if (titled && /^\.?[ \u00a0]$/.test(view.gapBefore(first))) return true;
  }
  if (DISEASE_WORDS.has(view.folded(last + 1)) && NEIGHBOUR_GAP.test(view.gapBefore(last + 1))) {
    return true;
  }
  if (text[tokens[last]?.end ?? 0] === '$') return true;

  // A capitalised word just before: part of one longer name ("Matthew Miller"), unless it
  // starts the sentence, narrows the place ("Southern"), or is a word of any sentence.
  if (before?.capitalised && NEIGHBOUR_GAP.test(view.gapBefore(first))) {
    const harmless =
      (before.sentenceInitial && !context.personWords.has(beforeWord)) ||
      AREA_MODIFIERS.has(beforeWord) ||
      gazetteer.commonWords.has(beforeWord) ||
      gazetteer.demonyms.has(beforeWord) ||
      CALENDAR_WORDS.has(beforeWord) ||
      INSTITUTION_WORDS.has(beforeWord) ||
      context.previousMentionEnd === first - 1;
    if (!harmless) return true;
  }

  // A capitalised word just after: an institution named for the place is fine ("California
  // Department"), a newspaper or a surname is not ("Washington Post", "Paris Hilton").
  if (
    after?.capitalised &&
    !after.sentenceInitial &&
    NEIGHBOUR_GAP.test(view.gapBefore(last + 1))
  ) {
    for (let k = last + 1; k <= last + 3; k++) {
      if (MEDIA_WORDS.has(view.folded(k)) && tokens[k]?.capitalised) return true;
    }
    const afterWord = view.folded(last + 1);
    // A small town before a capitalised word is often a surname before a given name ("Wang Yi").
    const smallTownsOnly = entries.every(
      (entry) => entry.kind === 'city' && entry.population < COMMON_WORD_TOWN_POPULATION,
    );
    const harmless =
      INSTITUTION_WORDS.has(afterWord) ||
      (gazetteer.commonWords.has(afterWord) && !smallTownsOnly) ||
      CALENDAR_WORDS.has(afterWord) ||
      gazetteer.demonyms.has(afterWord);
    if (!harmless) return true;
  }

  if (last > first) return false;
  const word = view.folded(first);
  if (
    CALENDAR_WORDS.has(word) ||
    AREA_MODIFIERS.has(word) ||
    INSTITUTION_WORDS.has(word) ||
    MEDIA_WORDS.has(word)
  ) {
    return true;
  }
  const notAreas = entries.every(
    (entry) =>
      entry.featureCode !== 'PCLI' &&
      entry.featureCode !== 'ADM1' &&
      entry.featureCode !== 'CURATED',
  );
  if (context.personWords.has(word) && notAreas) return true;
  const prominent = entries.some(
    (entry) => entry.featureCode === 'PCLI' || (entry.prominence ?? 0) >= 7,
  );
  if (gazetteer.commonWords.has(word) && tokens[first]?.allCaps !== true && !prominent) {
    if (tokens[first]?.sentenceInitial) return true;
    const major = entries.some(
      (entry) => entry.kind !== 'city' || entry.population >= COMMON_WORD_TOWN_POPULATION,
    );
    if (!major || !LOCATIVE_PREPOSITIONS.has(beforeWord)) return true;
  }
  return false;
}
