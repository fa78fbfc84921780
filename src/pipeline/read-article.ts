import type { Sentence } from '../schema/dataset-schema.js';
import { isPhotoCaption } from './find-captions.js';

export interface ArticleText {
  /** The article exactly as read; every offset in the dataset points into it. */
  text: string;
  sentences: Sentence[];
}

// A sentence ends at . ! or ?, after any closing quotes or brackets, when what follows
// starts like a sentence: "p.m. local time" does not end one, "conflict,” he said." does.
const SENTENCE_END = /[.!?][”"’')\]]*(?=\s+[“"‘(]?[A-Z0-9])/g;

function splitSentences(paragraph: string, offset: number): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = [];
  let start = 0;
  // Quotation marks seen so far, counted once in a single pass over the paragraph.
  let scanned = 0;
  let openCurly = 0;
  let openStraight = false;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    for (; scanned < end; scanned += 1) {
      const char = paragraph[scanned];
      if (char === '“') openCurly += 1;
      else if (char === '”') openCurly = Math.max(0, openCurly - 1);
      else if (char === '"') openStraight = !openStraight;
    }
    // A quotation of several sentences stays in the sentence that opens it.
    if (openCurly > 0 || openStraight) continue;
    pieces.push({ text: paragraph.slice(start, end), start: offset + start });
    start = end + (/^\s+/.exec(paragraph.slice(end, end + 64))?.[0].length ?? 0);
  }
  if (start < paragraph.length)
    pieces.push({ text: paragraph.slice(start), start: offset + start });
  return pieces;
}

/**
 * Cuts an article into paragraphs (one per line) and sentences, each with its offsets into
 * the text as read. A photo caption is kept whole as one sentence with the role `caption`.
 */
export function readArticle(text: string): ArticleText {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    const leading = /^\s*/.exec(line[0])?.[0].length ?? 0;
    const content = line[0].trim();
    if (content === '') continue;
    const start = line.index + leading;
    const role = isPhotoCaption(content) ? 'caption' : 'body';
    const pieces = role === 'caption' ? [{ text: content, start }] : splitSentences(content, start);
    for (const piece of pieces) {
      sentences.push({
        text: piece.text,
        start: piece.start,
        end: piece.start + piece.text.length,
        paragraph,
        role,
      });
    }
    paragraph += 1;
  }
  return { text, sentences };
}
