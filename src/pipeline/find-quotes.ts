import type { Sentence } from '../schema/dataset-schema.js';
import { expandPersonName, looksLikePerson } from './find-people.js';

/** A direct quotation as found in the article, before it is tied to a place or a date. */
export interface FoundQuote {
  sentence: number;
  /** Offsets into the article text, covering the words inside the quotation marks. */
  start: number;
  end: number;
  text: string;
  speaker: string;
  source?: string;
}

const SPEECH_VERB =
  '(?:said|says|told|tells|added|adds|stressed|stresses|warned|warns|urged|urges|insisted|insists|noted|notes|declared|declares|wrote|writes|asked|asks|called on|calls on)';
const SUBJECT = "((?:[A-Z][\\w’'.-]*)(?:\\s+[A-Z][\\w’'.-]*)*|he|she)";
// "Qin told", "China today warned": a capitalised subject, at most one adverb, then the verb.
const SUBJECT_THEN_VERB = new RegExp(
  `${SUBJECT}(?:\\s+[a-z]+ly|\\s+today)?\\s+${SPEECH_VERB}\\b`,
  'g',
);
// ', said Matthew Miller' after a quotation.
const VERB_THEN_SUBJECT = new RegExp(`^\\s*[,.]?\\s*${SPEECH_VERB}\\s+${SUBJECT}`);
// 'A senior US official, who wished to remain anonymous, said ...': a sentence reporting speech.
const REPORTING_SENTENCE = new RegExp(
  `^((?:[A-Z][\\w’'-]*|A|An|The)(?:\\s+[\\w’'-]+){0,5}?)(?:,[^,]+,)?\\s+${SPEECH_VERB}\\b`,
);
const ACCORDING_TO = /\baccording to ([^,.;]+)/i;
const SECOND_TAG = new RegExp(`,\\s*([^,]+?)\\s+${SPEECH_VERB}\\s*[.,]?\\s*$`);

const QUOTATION = /“([^”]+)”|"([^"]+)"/g;

interface Speaker {
  name: string;
  isPerson: boolean;
}

function lastSubjectBefore(text: string): string | undefined {
  let subject: string | undefined;
  for (const match of text.matchAll(SUBJECT_THEN_VERB)) subject = match[1];
  return subject;
}

function tagAfter(text: string): string | undefined {
  const inverted = VERB_THEN_SUBJECT.exec(text);
  if (inverted) return inverted[1];
  const leading = new RegExp(`^\\s*[,.]?\\s*${SUBJECT}(?:\\s+[a-z]+ly)?\\s+${SPEECH_VERB}\\b`).exec(
    text,
  );
  return leading?.[1];
}

/** Who reports the words, when that is not the speaker: "according to CCTV", "..., CCTV said". */
function reporterOf(before: string, after: string): string | undefined {
  const according = ACCORDING_TO.exec(before) ?? ACCORDING_TO.exec(after);
  if (according?.[1] !== undefined) return according[1].trim();
  return SECOND_TAG.exec(after)?.[1]?.trim();
}

/**
 * Finds every direct quotation in the body text with its speaker, read from the words around
 * it: "X said", "said X", "X told Y that ...". "He" is the last person the article reported
 * speaking; a one-word name is expanded to the full name the article gave; a quotation-only
 * paragraph continues the previous speaker; and a fragment said by a country ("China warned
 * ... 'cooperation or conflict'") goes to the person whose longer quotation contains it.
 */
export function findQuotes(
  articleText: string,
  sentences: readonly Sentence[],
  isPlaceName: (name: string) => boolean,
): FoundQuote[] {
  // Expanding a name searches the whole article: once per name.
  const fullNames = new Map<string, string>();
  const resolve = (
    raw: string | undefined,
    lastPerson: Speaker | undefined,
  ): Speaker | undefined => {
    if (raw === undefined) return undefined;
    if (raw === 'he' || raw === 'she') return lastPerson;
    // The subject pattern admits dots for "U.S."; a sentence's full stop is not part of a name.
    const written = raw.replace(/\.$/, '');
    const name = fullNames.get(written) ?? expandPersonName(articleText, written, isPlaceName);
    fullNames.set(written, name);
    const isKnownPerson =
      name !== written || (/^[A-Z][a-z]+(?: [A-Z][a-z]+)+$/.test(name) && !isPlaceName(name));
    return { name, isPerson: looksLikePerson(name, isKnownPerson) && !isPlaceName(name) };
  };

  const quotes: (FoundQuote & { isPerson: boolean })[] = [];
  let lastPerson: Speaker | undefined;
  let previous: { speaker: Speaker; source: string | undefined } | undefined;
  sentences.forEach((sentence, index) => {
    if (sentence.role !== 'body') return;
    const matches = [...sentence.text.matchAll(QUOTATION)];
    if (matches.length === 0) {
      const reporter = resolve(REPORTING_SENTENCE.exec(sentence.text)?.[1], lastPerson);
      if (reporter?.isPerson) lastPerson = reporter;
      return;
    }
    for (const match of matches) {
      // The comma before a closing quotation mark is the sentence's, not the speaker's.
      const text = (match[1] ?? match[2] ?? '').replace(/,$/, '');
      const start = sentence.start + match.index + 1;
      const before = sentence.text.slice(0, match.index);
      const after = sentence.text.slice(match.index + match[0].length);
      const tag = tagAfter(after);
      const spokenBy = resolve(lastSubjectBefore(before) ?? tag, lastPerson);
      const standsAlone = before.trim() === '' && /^[\s.,]*$/.test(after);
      let speaker: Speaker;
      let source: string | undefined;
      if (spokenBy === undefined && standsAlone && previous !== undefined) {
        ({ speaker, source } = previous);
      } else {
        speaker = spokenBy ?? { name: 'unnamed speaker', isPerson: false };
        // "Blinken stressed '...', Miller added": the tag names who reported the words.
        const tagged = resolve(tag, lastPerson)?.name;
        const reporter =
          tagged !== undefined && tagged !== speaker.name ? tagged : reporterOf(before, after);
        source =
          reporter === undefined ? undefined : (resolve(reporter, lastPerson)?.name ?? reporter);
        if (source === speaker.name) source = undefined;
      }
      quotes.push({
        sentence: index,
        start,
        end: start + text.length,
        text,
        speaker: speaker.name,
        isPerson: speaker.isPerson,
        ...(source === undefined ? {} : { source }),
      });
      previous = { speaker, source };
      if (speaker.isPerson) lastPerson = speaker;
    }
  });

  return quotes.map(({ isPerson, ...quote }) => {
    if (isPerson) return quote;
    const container = quotes.find(
      (other) =>
        other.isPerson &&
        other !== quote &&
        other.text.length > quote.text.length &&
        other.text.includes(quote.text),
    );
    return container === undefined ? quote : { ...quote, speaker: container.speaker };
  });
}
