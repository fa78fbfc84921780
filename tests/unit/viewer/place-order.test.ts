import { expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  orderByFirstMention,
  orderByFirstMentionInSlices,
} from '../../../src/viewer/place-order.js';
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

test('in slices, the order is the same, for the article and for many places with ties and silences', async () => {
  // Deterministic: place i is silent when i % 7 is 0, else first named at offset (i * 37) % 500.
  const many = Array.from({ length: 5_000 }, (_, i) =>
    withMentions(`place-${i}`, i % 7 === 0 ? [] : [(i * 37) % 500, 900]),
  );
  for (const places of [dataset.features, many]) {
    const ids = (list: readonly PlaceFeature[]) => list.map((place) => place.id);
    expect(ids(await orderByFirstMentionInSlices(places))).toEqual(
      ids(orderByFirstMention(places)),
    );
  }
  const silent = many.map((place) => withMentions(place.id, []));
  expect(await orderByFirstMentionInSlices(silent)).toBe(silent);
});

test('in slices, the pass over a million places gives way to the page again and again', async () => {
  const silent = withMentions('silent', []);
  const places = Array.from({ length: 1_000_000 }, () => silent);
  // A clock that runs fast: every look at it is 5 ms later, so each slice ends soon.
  let clock = 0;
  const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
  let done = false;
  let turns = 0;
  const otherTask = () => {
    turns += 1;
    if (!done) setImmediate(otherTask);
  };
  setImmediate(otherTask);
  const ordered = await orderByFirstMentionInSlices(places);
  done = true;
  now.mockRestore();
  expect(ordered).toBe(places);
  expect(turns).toBeGreaterThan(50);
});
