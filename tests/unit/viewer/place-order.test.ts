import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { orderByFirstMention } from '../../../src/viewer/place-order.js';
import { parseDatasetJson } from '../../../src/schema/validate-dataset.js';
import type { PlaceFeature } from '../../../src/schema/dataset-schema.js';

const dataset = parseDatasetJson(readFileSync('data/blinken-beijing-talks-2023.geojson', 'utf8'));

function withMentions(id: string, starts: number[]): PlaceFeature {
  const template = dataset.features[0];
  if (template === undefined) throw new Error('the dataset has no place');
  return {
    ...template,
    id,
    properties: {
      ...template.properties,
      mentions: starts.map((start) => ({ sentence: 0, start, end: start + 1, text: 'x' })),
    },
  };
}

test('places come in the order of their earliest mention, whatever the order of their mentions', () => {
  const places = [
    withMentions('late', [50, 900]),
    withMentions('early', [700, 10]),
    withMentions('middle', [30]),
  ];
  expect(orderByFirstMention(places).map((place) => place.id)).toEqual(['early', 'middle', 'late']);
});

test('places never mentioned keep their dataset order, after the rest; the input is not mutated', () => {
  const places = [
    withMentions('silent-a', []),
    withMentions('spoken', [5]),
    withMentions('silent-b', []),
  ];
  const before = places.map((place) => place.id);
  expect(orderByFirstMention(places).map((place) => place.id)).toEqual([
    'spoken',
    'silent-a',
    'silent-b',
  ]);
  expect(places.map((place) => place.id)).toEqual(before);
});

test('the article opens with China, then the United States, then Taiwan', () => {
  expect(
    orderByFirstMention(dataset.features)
      .slice(0, 3)
      .map((place) => place.id),
  ).toEqual(['china', 'united-states', 'taiwan']);
});

test('places first named at the same offset keep their dataset order', () => {
  const places = [withMentions('b', [40]), withMentions('a', [40]), withMentions('c', [10])];
  expect(orderByFirstMention(places).map((place) => place.id)).toEqual(['c', 'b', 'a']);
});

test('when the article names none of the places, they keep their dataset order, as given', () => {
  const places = [withMentions('event-2', []), withMentions('event-1', [])];
  expect(orderByFirstMention(places)).toBe(places);
});
