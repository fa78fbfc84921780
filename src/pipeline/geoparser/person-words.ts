import {
  AREA_MODIFIERS,
  CALENDAR_WORDS,
  FEATURE_HEADS,
  INSTITUTION_WORDS,
  MEDIA_WORDS,
  PERSON_TITLES,
} from './cue-words.js';
import { NEIGHBOUR_GAP, type TextView } from './text-view.js';

/**
 * The words of the text's person names, found by their shape, so that "Miller" alone is
 * known to be Matthew Miller: a run of capitalised words after a title ("Foreign Minister Qin
 * Gang", "policy adviser Wang Yi"), or a given name and a surname ("Matthew Miller").
 */
export function collectPersonWords(view: TextView): Set<string> {
  const { tokens, gazetteer } = view;
  const personWords = new Set<string>();

  const readRun = (runStart: number, runEnd: number) => {
    const before = tokens[runStart - 1];
    let afterTitle =
      before !== undefined &&
      !before.capitalised &&
      runEnd > runStart &&
      PERSON_TITLES.has(view.folded(runStart - 1)) &&
      /^[ \u00a0]$/.test(view.gapBefore(runStart));
    for (let k = runStart; k <= runEnd; k++) {
      const word = view.folded(k);
      if (PERSON_TITLES.has(word)) {
        afterTitle = true;
        continue;
      }
      if (afterTitle && !INSTITUTION_WORDS.has(word) && !gazetteer.commonWords.has(word)) {
        personWords.add(word);
      }
    }
    if (runEnd === runStart) return;
    const last = view.folded(runEnd);
    const first = view.folded(runStart);
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
      !gazetteer.commonWords.has(first) &&
      !INSTITUTION_WORDS.has(first) &&
      !PERSON_TITLES.has(first) &&
      !gazetteer.demonyms.has(first) &&
      !AREA_MODIFIERS.has(first);
    const wholeIsPlace = view.matchAt(runStart)?.last === runEnd;
    if (lastIsName && firstIsName && !wholeIsPlace) {
      personWords.add(last);
      if (!gazetteer.byKey.has(first)) personWords.add(first);
    }
  };

  let runStart = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    const gap = view.gapBefore(i);
    // An initial ("Andrew M. Cuomo") does not break a run.
    const continues =
      token?.capitalised &&
      previous?.capitalised &&
      (NEIGHBOUR_GAP.test(gap) || (previous.text.length === 1 && gap === '. '));
    if (!continues) {
      readRun(runStart, i - 1);
      runStart = i;
    }
  }
  return personWords;
}
