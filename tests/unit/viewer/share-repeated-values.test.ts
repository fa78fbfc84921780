import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildSyntheticDataset } from '../../../bench/generate-dataset.js';
import { repeatedValueSharer } from '../../../src/viewer/share-repeated-values.js';
import { parseDatasetJson } from '../../../src/schema/validate-dataset.js';
import { parsed } from './parsed-dataset.js';

const article = readFileSync('data/blinken-beijing-talks-2023.geojson', 'utf8');

/** Shares the repeated values of every place of `dataset`, one place after another, as the page reads them. */
function shareRepeatedValues(dataset: { features: readonly unknown[] }): void {
  const share = repeatedValueSharer();
  dataset.features.forEach(share);
}

test('every value stays equal: the article and a generated event log read the same after', () => {
  for (const dataset of [parseDatasetJson(article), parsed(buildSyntheticDataset(3_000, 7))]) {
    const before = structuredClone(dataset);
    shareRepeatedValues(dataset);
    expect(dataset).toEqual(before);
    expect(parseDatasetJson(JSON.stringify(dataset))).toEqual(before);
  }
});

test('equal empty lists and equal records become one frozen object; different ones stay apart', () => {
  const dataset = parsed(buildSyntheticDataset(2_000, 11));
  const [first, second] = dataset.features;
  if (first === undefined || second === undefined) throw new Error('no places');
  expect(first.properties.captions).not.toBe(second.properties.captions);
  shareRepeatedValues(dataset);

  const lists = new Set(
    dataset.features.flatMap(({ properties }) => [properties.captions, properties.quotes]),
  );
  expect(lists.size).toBe(1);
  expect(Object.isFrozen([...lists][0])).toBe(true);

  const records = new Map<string, Set<object>>();
  for (const { properties } of dataset.features) {
    for (const record of [
      properties.provenance,
      ...properties.events.map((event) => event.provenance),
    ]) {
      const key = JSON.stringify(record);
      records.set(key, (records.get(key) ?? new Set()).add(record));
      expect(Object.isFrozen(record)).toBe(true);
    }
  }
  expect(records.size).toBeGreaterThan(1);
  for (const [key, copies] of records) expect(copies.size, key).toBe(1);
  // Coordinates are never shared, even where two places coincide.
  const points = new Set(dataset.features.map((feature) => feature.geometry.coordinates));
  expect(points.size).toBe(dataset.features.length);
});

test('a record of values that are all new (gazetteer ids) is kept as it is, and nothing is lost', () => {
  const dataset = parsed(buildSyntheticDataset(10, 3));
  const features = Array.from({ length: 5_000 }, (_, i) => {
    const template = dataset.features[i % dataset.features.length];
    if (template === undefined) throw new Error('no places');
    return {
      ...template,
      id: `place-${i}`,
      properties: {
        ...template.properties,
        gazetteer: { source: 'geonames' as const, id: String(i) },
      },
    };
  });
  const large = { ...dataset, features };
  shareRepeatedValues(large);
  expect(new Set(large.features.map((feature) => feature.properties.gazetteer.id)).size).toBe(
    5_000,
  );
  expect(large.features.map((feature) => feature.id)).toEqual(features.map((_, i) => `place-${i}`));
});

test('any shape is left as it is: the page runs this before the dataset is validated', () => {
  const hostile: unknown[] = [
    null,
    42,
    'text',
    [],
    { features: 'not a list' },
    {
      features: [
        null,
        3,
        'x',
        [],
        [[]],
        { properties: null },
        { a: { b: { c: { d: { e: [] } } } } },
      ],
    },
  ];
  const share = repeatedValueSharer();
  for (const value of hostile) {
    const before = structuredClone(value);
    share(value);
    expect(value).toEqual(before);
  }
  const places = hostile.at(-1) as { features: unknown[] };
  const before = structuredClone(places);
  shareRepeatedValues(places);
  expect(places).toEqual(before);
});
