import { CALENDAR_WORDS, FEATURE_HEADS, FEATURE_PREFIXES, PERSON_TITLES } from './cue-words.js';
import type { RecognisedMention } from './recognise-toponyms.js';
import { NEIGHBOUR_GAP, type TextView } from './text-view.js';

/**
 * Natural features the gazetteer lacks, recognised by their shape: "Lake Kivu", "Plum
 * Island", "Cape Maobitou Park". They come with no candidates: the resolver places them at
 * the place the text names next and asks for review.
 */
export function findUnlistedFeatures(
  view: TextView,
  mentions: readonly RecognisedMention[],
  personWords: ReadonlySet<string>,
): RecognisedMention[] {
  const { tokens, text, gazetteer } = view;
  const covered = new Set<number>();
  for (const mention of mentions) {
    for (let k = mention.firstToken; k <= mention.lastToken; k++) covered.add(k);
  }
  const found: RecognisedMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.capitalised || covered.has(i)) continue;
    let last = i;
    while (
      last + 1 < tokens.length &&
      tokens[last + 1]?.capitalised &&
      !covered.has(last + 1) &&
      NEIGHBOUR_GAP.test(view.gapBefore(last + 1))
    ) {
      last++;
    }
    const length = last - i + 1;
    const hasPrefix = FEATURE_PREFIXES.has(view.folded(i)) && length >= 2;
    const hasHead = FEATURE_HEADS.has(view.folded(last)) && length >= 2;
    const stem: string[] = [];
    for (let k = hasPrefix ? i + 1 : i; k <= (hasHead ? last - 1 : last); k++) {
      stem.push(view.folded(k));
    }
    const plausible =
      (hasPrefix || hasHead) &&
      stem.length > 0 &&
      stem.length <= 3 &&
      stem.every(
        (word) => !personWords.has(word) && !PERSON_TITLES.has(word) && !CALENDAR_WORDS.has(word),
      ) &&
      !gazetteer.commonWords.has(stem[0] ?? '');
    if (plausible) {
      const end = tokens[last]?.end ?? token.end;
      found.push({
        start: token.start,
        end,
        text: text.slice(token.start, end),
        candidates: [],
        firstToken: i,
        lastToken: last,
      });
    }
    i = last;
  }
  return found;
}
