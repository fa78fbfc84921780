import { expect, test } from 'vitest';
import { findQuotes } from '../../../src/pipeline/find-quotes.js';
import { readArticle } from '../../../src/pipeline/read-article.js';
import { loadSeed } from './seed-article.js';

const PLACES = new Set(['China', 'Beijing', 'US', 'United States', 'Washington', 'Taiwan']);
const isPlace = (name: string) => PLACES.has(name);

function quotesOf(text: string) {
  return findQuotes(text, readArticle(text).sentences, isPlace).map(
    ({ speaker, source, text: words }) => ({ speaker, source, words }),
  );
}

test('"he said" is the last person the article reported speaking, not the outlet', () => {
  const text = [
    'Foreign Minister Wang Yi met the envoy.',
    '“Relations are at a critical point,” Wang told him, state broadcaster CCTV said.',
    '“We must choose dialogue,” he said.',
  ].join('\n');
  expect(quotesOf(text)).toEqual([
    {
      speaker: 'Wang Yi',
      source: 'state broadcaster CCTV',
      words: 'Relations are at a critical point',
    },
    { speaker: 'Wang Yi', source: undefined, words: 'We must choose dialogue' },
  ]);
});

test('an unnamed speaker introduced by reported speech is who "he" means next', () => {
  const text =
    'A senior US official, who asked not to be named, said the talks went well.\n“It was real,” he said.';
  expect(quotesOf(text)).toEqual([
    { speaker: 'A senior US official', source: undefined, words: 'It was real' },
  ]);
});

test('a quotation standing alone continues the previous speaker and source', () => {
  const text =
    'Maria Lopez said, “We are ready,” according to the statement.\n“And we will stay ready.”';
  expect(quotesOf(text)).toEqual([
    { speaker: 'Maria Lopez', source: 'the statement', words: 'We are ready' },
    { speaker: 'Maria Lopez', source: 'the statement', words: 'And we will stay ready.' },
  ]);
});

test('a fragment attributed to a country goes to the person whose quotation contains it', () => {
  const text =
    'China warned of “cooperation or conflict” today.\n“Choose cooperation or conflict,” said Wang Yi.';
  expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Wang Yi', 'Wang Yi']);
});

test('every quotation of the first article, verbatim, with its speaker and source', () => {
  const { seed } = loadSeed();
  const { sentences } = readArticle(seed.text);
  const quotes = findQuotes(seed.text, sentences, (name) =>
    ['China', 'Beijing', 'US', 'Taiwan', 'Washington'].includes(name),
  );
  for (const quote of quotes) expect(seed.text.slice(quote.start, quote.end)).toBe(quote.text);
  expect(quotes.map((q) => [q.speaker, q.source, q.text.slice(0, 33)])).toEqual([
    ['Wang Yi', undefined, 'cooperation or conflict'],
    ['Wang Yi', undefined, 'no room for compromise'],
    ['Wang Yi', 'Chinese state broadcaster CCTV', 'The foreign minister’s trip to Be'],
    ['Wang Yi', undefined, 'It is necessary to make a choice '],
    ['Wang Yi', undefined, 'We must reverse the downward spir'],
    ['Wang Yi', 'Chinese state media', 'suppression'],
    ['Wang Yi', 'the Chinese statement', 'China has no room for compromise '],
    ['Wang Yi', 'the Chinese statement', 'The United States must truly adhe'],
    ['Matthew Miller', undefined, 'open, substantive and constructiv'],
    ['Antony Blinken', 'Matthew Miller', 'the importance of diplomacy and m'],
    ['Qin Gang', 'CCTV', 'at its lowest point since diploma'],
    ['Qin Gang', undefined, 'This does not meet the fundamenta'],
    ['A senior US official', undefined, 'That was a real conversation'],
  ]);
});
