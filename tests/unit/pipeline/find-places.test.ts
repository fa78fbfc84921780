import { expect, test } from 'vitest';
import { findPlaceMentions, type PlaceName } from '../../../src/pipeline/find-places.js';
import { readArticle } from '../../../src/pipeline/read-article.js';

const NAMES: PlaceName[] = [
  { placeId: 'pingtung-county', name: 'Pingtung County', curated: false },
  { placeId: 'pingtung-county', name: 'Pingtung', curated: false },
  { placeId: 'china', name: 'China', curated: false },
  { placeId: 'united-states', name: 'US', curated: false },
  { placeId: 'montreal', name: 'Montreal', curated: false },
  { placeId: 'taiwan-strait', name: 'cross-strait', curated: true },
];

function mentionsIn(text: string) {
  return findPlaceMentions(text, readArticle(text).sentences, NAMES).map((m) => [
    m.placeId,
    m.text,
    text.slice(m.start, m.end),
  ]);
}

test('prefers the longest name and covers exactly the words of the mention', () => {
  expect(mentionsIn('Launchers stand in Pingtung County, not elsewhere in Pingtung.')).toEqual([
    ['pingtung-county', 'Pingtung County', 'Pingtung County'],
    ['pingtung-county', 'Pingtung', 'Pingtung'],
  ]);
});

test('matches possessives and compounds but not other words that contain the name', () => {
  expect(mentionsIn('China’s navy, US-China ties, the USS Chung-Hoon and AUKUS, and us.')).toEqual([
    ['china', 'China', 'China'],
    ['united-states', 'US', 'US'],
    ['china', 'China', 'China'],
  ]);
});

test('a ship named after a city is not the city', () => {
  expect(mentionsIn('It sailed with HMCS Montreal on June 3. Montreal is a city.')).toEqual([
    ['montreal', 'Montreal', 'Montreal'],
  ]);
});

test('curated names are found and marked as curated', () => {
  const text = 'A cross-strait transit.';
  const [mention] = findPlaceMentions(text, readArticle(text).sentences, NAMES);
  expect(mention).toMatchObject({ placeId: 'taiwan-strait', curated: true, sentence: 0 });
});
