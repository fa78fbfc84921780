import {
  AREA_HEADS,
  AREA_MODIFIERS,
  CALENDAR_WORDS,
  DISEASE_WORDS,
  FEATURE_HEADS,
  FEATURE_PREFIXES,
  INSTITUTION_WORDS,
  LOCATIVE_PREPOSITIONS,
  MEDIA_WORDS,
  PERSON_TITLES,
  SHIP_CUES,
} from './cue-words.js';
import { foldToken, nameTokens } from './fold-name.js';
import { tokenizeText, type TextToken } from './tokenize-text.js';
import type { Gazetteer, NameVariant } from './types.js';

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

/** Most words a name spans; also bounds the work per token. */
const MAX_NAME_TOKENS = 8;
/** A town whose name is also a common word needs at least this many people and a preposition. */
const COMMON_WORD_TOWN_POPULATION = 100_000;
/** Between two words of one name: a space, a hyphen, a full stop (`St. Louis`) or an apostrophe. */
const NAME_GAP = /^(?:[ \u00a0]|-|\u2013|\. ?|'|\u2019|\.-)$/;
/** Between a place and a word that may belong to the same name: one space or a hyphen. */
const NEIGHBOUR_GAP = /^(?:[ \u00a0]|-)$/;

type Folded = (index: number) => string;
type MatchAt = (index: number) => NameMatch | undefined;

/** The words of each surface form, split once: the same few thousand names recur in news. */
const surfaceWords = new Map<string, string[]>();

/** A name's capitals must agree with the text's: `US` is not `us`, `Nice` not `nice`. */
function caseAgrees(variant: NameVariant, tokens: readonly TextToken[], first: number): boolean {
  let surface = surfaceWords.get(variant.surface);
  if (!surface) {
    surface = nameTokens(variant.surface);
    surfaceWords.set(variant.surface, surface);
  }
  for (let k = 0; k < surface.length; k++) {
    const written = surface[k] ?? '';
    const token = tokens[first + k];
    if (!token) return false;
    const abbreviation = written.length >= 2 && written === written.toUpperCase() && /\p{Lu}/u.test(written);
    if (abbreviation && !token.allCaps && written.length <= 4) return false;
    // A short word in capitals is an abbreviation (WHO, FAO): it names no town spelt in lower case.
    if (!abbreviation && token.allCaps && token.text.length <= 4 && /\p{Ll}/u.test(written)) return false;
    if (/^\p{Lu}/u.test(written) && !token.capitalised) return false;
  }
  return true;
}

interface NameMatch {
  readonly last: number;
  readonly variants: NameVariant[];
}

/** The longest gazetteer name starting at token `first` whose spelling agrees with the text. */
function longestName(
  text: string,
  tokens: readonly TextToken[],
  first: number,
  folded: Folded,
  gazetteer: Gazetteer,
): NameMatch | undefined {
  const longest = Math.min(
    gazetteer.longestNameByFirstToken.get(folded(first)) ?? 0,
    MAX_NAME_TOKENS,
    tokens.length - first,
  );
  let reach = 1;
  while (reach < longest) {
    const previous = tokens[first + reach - 1];
    const next = tokens[first + reach];
    if (!previous || !next || !NAME_GAP.test(text.slice(previous.end, next.start))) break;
    reach++;
  }
  for (let length = Math.min(longest, reach); length >= 1; length--) {
    let key = folded(first);
    for (let k = 1; k < length; k++) key += ` ${folded(first + k)}`;
    const variants = gazetteer.byKey.get(key)?.filter((variant) => caseAgrees(variant, tokens, first));
    if (variants && variants.length > 0) return { last: first + length - 1, variants };
  }
  return undefined;
}

/** Finds person names by their shape, so that "Miller" alone later is known to be one. */
function collectPersonWords(
  text: string,
  tokens: readonly TextToken[],
  folded: Folded,
  matchAt: MatchAt,
  gazetteer: Gazetteer,
): Set<string> {
  const personWords = new Set<string>();
  let runStart = 0;
  const closeRun = (runEnd: number) => {
    // A run of capitalised words: "Foreign Minister Qin Gang", "Matthew Miller", or one
    // that a title in lower case introduces: "policy adviser Wang Yi".
    const before = tokens[runStart - 1];
    const first = tokens[runStart];
    let afterTitle =
      before !== undefined &&
      first !== undefined &&
      !before.capitalised &&
      runEnd > runStart &&
      PERSON_TITLES.has(folded(runStart - 1)) &&
      /^[ \u00a0]$/.test(text.slice(before.end, first.start));
    const length = runEnd - runStart + 1;
    for (let k = runStart; k <= runEnd; k++) {
      const word = folded(k);
      if (PERSON_TITLES.has(word)) {
        afterTitle = true;
        continue;
      }
      if (afterTitle && !INSTITUTION_WORDS.has(word) && !gazetteer.commonWords.has(word)) personWords.add(word);
    }
    if (length < 2) return;
    const last = folded(runEnd);
    const firstWord = folded(runStart);
    // Short given names ("Yi", "Li") are rare words in English subtitles but common in the news.
    const lastIsName =
      !INSTITUTION_WORDS.has(last) &&
      !CALENDAR_WORDS.has(last) &&
      !FEATURE_HEADS.has(last) &&
      !MEDIA_WORDS.has(last) &&
      (!gazetteer.commonWords.has(last) || last.length <= 2) &&
      !gazetteer.demonyms.has(last);
    // "Matthew Miller", not "Village Malakal": a given name is no common word or title.
    const firstIsName =
      !gazetteer.commonWords.has(firstWord) &&
      !INSTITUTION_WORDS.has(firstWord) &&
      !PERSON_TITLES.has(firstWord) &&
      !gazetteer.demonyms.has(firstWord) &&
      !AREA_MODIFIERS.has(firstWord);
    const wholeIsPlace = matchAt(runStart)?.last === runEnd;
    if (lastIsName && firstIsName && !wholeIsPlace) {
      personWords.add(last);
      if (!gazetteer.byKey.has(firstWord)) personWords.add(firstWord);
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    const continues =
      token?.capitalised &&
      previous?.capitalised &&
      (NEIGHBOUR_GAP.test(text.slice(previous.end, token.start)) ||
        (previous.text.length === 1 && text.slice(previous.end, token.start) === '. '));
    if (!continues) {
      if (i > 0) closeRun(i - 1);
      runStart = i;
    }
  }
  if (tokens.length > 0) closeRun(tokens.length - 1);
  return personWords;
}

/**
 * Finds toponyms in English news text: gazetteer names written with capitals, kept or
 * rejected by the words around them. See docs in index.ts for the policy.
 */
export function recogniseToponyms(text: string, gazetteer: Gazetteer): Recognition {
  const tokens = tokenizeText(text);
  const foldedCache: string[] = [];
  const folded: Folded = (index) => (foldedCache[index] ??= foldToken(tokens[index]?.text ?? ''));
  const matches = new Map<number, NameMatch | undefined>();
  const matchAt: MatchAt = (index) => {
    if (matches.has(index)) return matches.get(index);
    const match = longestName(text, tokens, index, folded, gazetteer);
    matches.set(index, match);
    return match;
  };
  const personWords = collectPersonWords(text, tokens, folded, matchAt, gazetteer);
  const demonymCountries = new Map<string, number>();
  const mentions: RecognisedMention[] = [];
  const gapBefore = (index: number) => text.slice(tokens[index - 1]?.end ?? 0, tokens[index]?.start ?? 0);

  const isRejectedByNeighbours = (first: number, last: number, variants: NameVariant[]): boolean => {
    const before = tokens[first - 1];
    const after = tokens[last + 1];
    const beforeWord = first > 0 ? folded(first - 1) : '';
    const tokenCount = last - first + 1;
    if (before && (PERSON_TITLES.has(beforeWord) || SHIP_CUES.has(beforeWord))) {
      const gap = gapBefore(first);
      // "Dr. Thomas" as much as "President Xi"; "the frigate Yulin" as much as "HMCS Montreal".
      if (/^\.?[ \u00a0]$/.test(gap) && (before.capitalised || SHIP_CUES.has(beforeWord))) return true;
    }
    // "West Nile virus", "Reston ebolavirus": a disease named for a place.
    if (DISEASE_WORDS.has(folded(last + 1)) && NEIGHBOUR_GAP.test(gapBefore(last + 1))) return true;
    // "US$460 million" is money.
    if (text[tokens[last]?.end ?? 0] === '$') return true;
    if (before?.capitalised && NEIGHBOUR_GAP.test(gapBefore(first))) {
      const harmless =
        (before.sentenceInitial && !personWords.has(beforeWord)) ||
        AREA_MODIFIERS.has(beforeWord) ||
        gazetteer.commonWords.has(beforeWord) ||
        gazetteer.demonyms.has(beforeWord) ||
        CALENDAR_WORDS.has(beforeWord) ||
        INSTITUTION_WORDS.has(beforeWord) ||
        mentions.at(-1)?.lastToken === first - 1;
      if (!harmless) return true;
    }
    if (after?.capitalised && !after.sentenceInitial && NEIGHBOUR_GAP.test(gapBefore(last + 1))) {
      for (let k = last + 1; k <= last + 3; k++) if (MEDIA_WORDS.has(folded(k)) && tokens[k]?.capitalised) return true;
      const afterWord = folded(last + 1);
      // A small town before a capitalised word is often a surname before a given name ("Wang Yi").
      const smallTownsOnly = variants.every((variant) => {
        const entry = gazetteer.entry(variant.entry);
        return entry.kind === 'city' && entry.population < COMMON_WORD_TOWN_POPULATION;
      });
      const harmless =
        INSTITUTION_WORDS.has(afterWord) ||
        (gazetteer.commonWords.has(afterWord) && !smallTownsOnly) ||
        CALENDAR_WORDS.has(afterWord) ||
        gazetteer.demonyms.has(afterWord);
      if (!harmless) return true;
    }
    if (tokenCount === 1) {
      const word = folded(first);
      if (CALENDAR_WORDS.has(word) || AREA_MODIFIERS.has(word) || INSTITUTION_WORDS.has(word)) return true;
      const onlyPeople = variants.every((variant) => {
        const { featureCode } = gazetteer.entry(variant.entry);
        return featureCode !== 'PCLI' && featureCode !== 'ADM1' && featureCode !== 'CURATED';
      });
      if (personWords.has(word) && onlyPeople) return true;
      const abbreviation = tokens[first]?.allCaps === true;
      const prominent = variants.some((variant) => {
        const entry = gazetteer.entry(variant.entry);
        return entry.featureCode === 'PCLI' || (entry.prominence ?? 0) >= 7;
      });
      if (gazetteer.commonWords.has(word) && !abbreviation && !prominent) {
        if (tokens[first]?.sentenceInitial) return true;
        const major = variants.some((variant) => {
          const entry = gazetteer.entry(variant.entry);
          return entry.kind !== 'city' || entry.population >= COMMON_WORD_TOWN_POPULATION;
        });
        if (!major || !LOCATIVE_PREPOSITIONS.has(beforeWord)) return true;
      }
    }
    return false;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.capitalised) continue;
    const match = matchAt(i);
    // "British Columbia" and "Indian Ocean" are names; "British" alone is a demonym.
    if (!match || match.last === i) {
      const pair = i + 1 < tokens.length ? `${folded(i)} ${folded(i + 1)}` : '';
      const pairCountry = gazetteer.demonyms.get(pair);
      const country = pairCountry ?? gazetteer.demonyms.get(folded(i));
      if (country !== undefined) {
        if (country) demonymCountries.set(country, (demonymCountries.get(country) ?? 0) + 1);
        if (pairCountry !== undefined) i++;
        continue;
      }
    }
    if (!match) continue;
    if (isRejectedByNeighbours(i, match.last, match.variants)) {
      i = match.last;
      continue;
    }
    let last = match.last;
    const head = tokens[last + 1];
    const areaHead = head?.capitalised && AREA_HEADS.has(folded(last + 1)) && NEIGHBOUR_GAP.test(gapBefore(last + 1));
    if (areaHead) last++;
    // "Northern Europe", "South Darfur": a capitalised direction is part of the name; the
    // place is the one it narrows, as near as the gazetteer gets.
    let first = i;
    while (
      first > 0 &&
      tokens[first - 1]?.capitalised &&
      AREA_MODIFIERS.has(folded(first - 1)) &&
      NEIGHBOUR_GAP.test(gapBefore(first)) &&
      (mentions.at(-1)?.lastToken ?? -1) < first - 1
    ) {
      first--;
    }
    const firstToken = tokens[first];
    const lastToken = tokens[last];
    if (!lastToken || !firstToken) continue;
    let end = lastToken.end;
    // "U.S." keeps its final full stop, as the name is written with one.
    if (text[end] === '.' && !areaHead && match.variants.some((variant) => variant.surface.endsWith('.'))) end++;
    mentions.push({
      start: firstToken.start,
      end,
      text: text.slice(firstToken.start, end),
      candidates: [...new Set(match.variants.map((variant) => variant.entry))],
      firstToken: first,
      lastToken: last,
      ...(areaHead ? { areaHead: head.text } : {}),
    });
    i = last;
  }
  return { mentions: addUnlistedFeatures(text, tokens, folded, gazetteer, mentions, personWords), demonymCountries, tokens };
}

/**
 * Natural features the gazetteer lacks, recognised by their shape: "Lake Kivu", "Plum
 * Island", "Cape Maobitou Park". They come back with no candidates for the resolver to place.
 */
function addUnlistedFeatures(
  text: string,
  tokens: readonly TextToken[],
  folded: Folded,
  gazetteer: Gazetteer,
  mentions: RecognisedMention[],
  personWords: ReadonlySet<string>,
): RecognisedMention[] {
  const covered = new Set<number>();
  for (const mention of mentions) for (let k = mention.firstToken; k <= mention.lastToken; k++) covered.add(k);
  const found: RecognisedMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.capitalised || covered.has(i)) continue;
    // The run of capitalised words from here.
    let last = i;
    while (
      last + 1 < tokens.length &&
      tokens[last + 1]?.capitalised &&
      !covered.has(last + 1) &&
      NEIGHBOUR_GAP.test(text.slice(tokens[last]?.end ?? 0, tokens[last + 1]?.start ?? 0))
    ) {
      last++;
    }
    const length = last - i + 1;
    const hasPrefix = FEATURE_PREFIXES.has(folded(i)) && length >= 2;
    const hasHead = FEATURE_HEADS.has(folded(last)) && length >= 2;
    const stemWords = [];
    for (let k = hasPrefix ? i + 1 : i; k <= (hasHead ? last - 1 : last); k++) stemWords.push(folded(k));
    const plausible =
      (hasPrefix || hasHead) &&
      stemWords.length > 0 &&
      stemWords.length <= 3 &&
      stemWords.every((word) => !personWords.has(word) && !PERSON_TITLES.has(word) && !CALENDAR_WORDS.has(word)) &&
      !gazetteer.commonWords.has(stemWords[0] ?? '');
    if (plausible) {
      const end = tokens[last]?.end ?? token.end;
      found.push({ start: token.start, end, text: text.slice(token.start, end), candidates: [], firstToken: i, lastToken: last });
    }
    i = last;
  }
  return [...mentions, ...found].sort((a, b) => a.start - b.start);
}
