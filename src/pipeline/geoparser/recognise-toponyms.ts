import { AREA_HEADS, AREA_MODIFIERS } from './cue-words.js';
import type { NameMatch } from './match-names.js';
import { isRejectedByNeighbours } from './neighbour-rules.js';
import { collectPersonWords } from './person-words.js';
import { NEIGHBOUR_GAP, TextView } from './text-view.js';
import type { TextToken } from './tokenize-text.js';
import type { Gazetteer } from './types.js';
import { findUnlistedFeatures } from './unlisted-features.js';

/** A toponym found in the text, with the gazetteer entries its name could mean. */
export interface RecognisedMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Gazetteer entry indexes; empty for a natural feature the gazetteer lacks. */
  readonly candidates: readonly number[];
  /** Token index range, for the resolver's look at the words around it. */
  readonly firstToken: number;
  readonly lastToken: number;
  /** "County" in "Dallas County": the mention names an area around the candidates. */
  readonly areaHead?: string;
}

/** What the recogniser learnt about the article besides its toponyms. */
export interface Recognition {
  readonly mentions: RecognisedMention[];
  /** Countries named by a demonym or adjective ("Chinese"), by ISO code, with counts. */
  readonly demonymCountries: ReadonlyMap<string, number>;
  readonly tokens: readonly TextToken[];
}

/**
 * Finds toponyms in English news text: gazetteer names written with capitals, kept or
 * rejected by the words around them. README.md states the policy.
 */
export function recogniseToponyms(text: string, gazetteer: Gazetteer): Recognition {
  const view = new TextView(text, gazetteer);
  const { tokens } = view;
  const personWords = collectPersonWords(view);
  const demonymCountries = new Map<string, number>();
  const mentions: RecognisedMention[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.capitalised) continue;
    const match = view.matchAt(i);
    // "British Columbia" and "Indian Ocean" are names; "British" alone is a demonym.
    if (!match || match.last === i) {
      const pairCountry = gazetteer.demonyms.get(`${view.folded(i)} ${view.folded(i + 1)}`);
      const country = pairCountry ?? gazetteer.demonyms.get(view.folded(i));
      if (country !== undefined) {
        if (country) demonymCountries.set(country, (demonymCountries.get(country) ?? 0) + 1);
        if (pairCountry !== undefined) i++;
        continue;
      }
    }
    if (!match) continue;
    const previousMentionEnd = mentions.at(-1)?.lastToken ?? -1;
    if (isRejectedByNeighbours(view, i, match, { personWords, previousMentionEnd })) {
      i = match.last;
      continue;
    }
    const mention = widen(view, i, match, previousMentionEnd);
    mentions.push(mention);
    i = mention.lastToken;
  }
  const unlisted = findUnlistedFeatures(view, mentions, personWords);
  return {
    mentions: [...mentions, ...unlisted].sort((a, b) => a.start - b.start),
    demonymCountries,
    tokens,
  };
}

/**
 * The mention around a name: "Dallas County" takes its head word, "Northern Europe" its
 * capitalised direction (the place is the one it narrows, as near as the gazetteer gets),
 * and "U.S." its final full stop.
 */
function widen(
  view: TextView,
  first: number,
  match: NameMatch,
  previousMentionEnd: number,
): RecognisedMention {
  const { tokens, text } = view;
  let last = match.last;
  const head = tokens[last + 1];
  const areaHead =
    head?.capitalised &&
    AREA_HEADS.has(view.folded(last + 1)) &&
    NEIGHBOUR_GAP.test(view.gapBefore(last + 1))
      ? head.text
      : undefined;
  if (areaHead) last++;
  let start = first;
  while (
    start > 0 &&
    start - 1 > previousMentionEnd &&
    tokens[start - 1]?.capitalised &&
    AREA_MODIFIERS.has(view.folded(start - 1)) &&
    NEIGHBOUR_GAP.test(view.gapBefore(start))
  ) {
    start--;
  }
  const startOffset = tokens[start]?.start ?? 0;
  let end = tokens[last]?.end ?? startOffset;
  if (
    text[end] === '.' &&
    !areaHead &&
    match.variants.some((variant) => variant.surface.endsWith('.'))
  )
    end++;
  return {
    start: startOffset,
    end,
    text: text.slice(startOffset, end),
    candidates: [...new Set(match.variants.map((variant) => variant.entry))],
    firstToken: start,
    lastToken: last,
    ...(areaHead ? { areaHead } : {}),
  };
}
