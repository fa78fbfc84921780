import { expect, test } from 'vitest';
import { placeOfSentence } from '../../../src/pipeline/find-events.js';
import { findPlaceMentions } from '../../../src/pipeline/find-places.js';
import { readArticle } from '../../../src/pipeline/read-article.js';
import type { GazetteerEntry } from '../../../src/pipeline/story-gazetteer.js';

const entry = (
  id: string,
  kind: GazetteerEntry['kind'],
  extent?: GazetteerEntry['extent'],
): GazetteerEntry => ({
  id,
  name: id,
  kind,
  names: [id],
  point: [0, 0],
  ...(extent === undefined ? {} : { extent }),
  source: { source: 'curated', note: 'test' },
});

const GAZETTEER = new Map(
  [
    entry('Vienna', 'city'),
    entry('China', 'country', [73, 18, 135, 54]),
    entry('Taiwan', 'island', [119, 21, 122, 25]),
    entry('Matsu', 'island-group', [119.9, 25.9, 120.5, 26.4]),
    entry('Guesthouse', 'building'),
  ].map((e) => [e.id, e]),
);

function placeOf(text: string) {
  const { sentences } = readArticle(text);
  const names = [...GAZETTEER.keys()].map((name) => ({ placeId: name, name, curated: false }));
  const sentence = sentences[0];
  if (sentence === undefined) throw new Error('no sentence');
  return placeOfSentence(sentence, findPlaceMentions(text, sentences, names), GAZETTEER);
}

test('the place after a locative preposition is where it happened', () => {
  expect(placeOf('Sullivan met a Chinese adviser from China in Vienna in May.')).toBe('Vienna');
});

test('of several places, the most specific wins: building, then city, then the smaller area', () => {
  expect(placeOf('They met at the Guesthouse in Vienna on Sunday.')).toBe('Guesthouse');
  expect(placeOf('Boats from Taiwan patrol Matsu on April 9')).toBe('Matsu');
});

test('a sentence naming no place has none', () => {
  expect(placeOf('They met on Sunday.')).toBeUndefined();
});
