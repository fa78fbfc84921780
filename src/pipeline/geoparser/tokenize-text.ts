/** A run of letters and digits in the text, with its UTF-16 offsets. */
export interface TextToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Starts with a capital letter (`China`, `US`, `McAllen`). */
  readonly capitalised: boolean;
  /** Every letter is a capital and there are at least two (`US`, `NSW`). */
  readonly allCaps: boolean;
  /** First word of a sentence, a line or the text: its capital says nothing. */
  readonly sentenceInitial: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const CAPITAL = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** . ! ? : newline and the opening curly quote end what comes before: a colon often opens a quotation. */
function isSentenceBreak(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 58 || code === 10 || code === 0x201c;
}

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return CAPITAL.test(word);
}

function isAllCaps(word: string): boolean {
  if (word.length < 2) return false;
  let letters = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) letters = true;
    else if (code >= 128) return !LOWER.test(word) && LETTER.test(word);
  }
  return letters;
}

/** Splits text into word tokens; what lies between two tokens is read from the text itself. */
export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let previousEnd = -1;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0];
    const start = match.index;
    let sentenceInitial = previousEnd < 0;
    for (let i = previousEnd; !sentenceInitial && i < start; i++)
      sentenceInitial = isSentenceBreak(text.charCodeAt(i));
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      capitalised: isCapitalised(word),
      allCaps: isAllCaps(word),
      sentenceInitial,
    });
    previousEnd = start + word.length;
  }
  return tokens;
}
