import { expect, test } from 'vitest';
import { buildSyntheticDataset } from '../../../bench/generate-dataset.js';
import { compactLargeDataset } from '../../../src/viewer/compact-large-dataset.js';
import { parsed, pointsOf } from './parsed-dataset.js';

test('a dataset of a hundred thousand places is left as it is', async () => {
  const dataset = parsed(buildSyntheticDataset(100_000, 3));
  const before = [...dataset.features];
  await compactLargeDataset(dataset, pointsOf(dataset));
  expect(dataset.features.every((feature, i) => feature === before[i])).toBe(true);
});

test('a dataset of a quarter of a million places is packed and shared, and reads the same', async () => {
  const dataset = parsed(buildSyntheticDataset(250_000, 3));
  const text = JSON.stringify(dataset);
  const [first] = dataset.features;
  await compactLargeDataset(dataset, pointsOf(dataset));
  expect(dataset.features[0]).not.toBe(first);
  const [a, b] = dataset.features;
  expect(a?.properties.captions).toBe(b?.properties.captions);
  expect(JSON.stringify(dataset)).toBe(text);
}, 60_000);
