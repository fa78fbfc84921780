import { expect, test } from 'vitest';
import { buildSyntheticDataset } from '../../../bench/generate-dataset.js';
import { isPoint } from '../../../src/viewer/cluster-index-start.js';
import { createPlaceCompactor } from '../../../src/viewer/compact-arriving-places.js';
import { readDatasetInPieces } from '../../../src/viewer/read-arriving-dataset.js';
import type { Dataset } from '../../../src/schema/dataset-schema.js';
import { pointsOf } from './parsed-dataset.js';

/** A text read in pieces as the page reads a very large one, its places compacted as they come. */
async function readCompacting(text: string) {
  const compactor = createPlaceCompactor(isPoint);
  const pieces = text.match(/[^]{1,100000}/g) ?? [];
  const read = await readDatasetInPieces(pieces, undefined, compactor.add);
  if (!('value' in read)) throw new Error('the text was not read in pieces');
  return { value: read.value as Dataset, points: compactor.pointsOf(read.value) };
}

test('places compacted as they are read: packed, their repeated values shared, and the dataset reads the same', async () => {
  const dataset = buildSyntheticDataset(20_000, 3);
  const text = JSON.stringify(dataset);
  const { value, points } = await readCompacting(text);

  expect(JSON.stringify(value)).toBe(text);
  const [a, b] = value.features;
  // Packed: the point is read from the column, a new list each time.
  expect(a?.geometry).not.toBe(a?.geometry);
  expect(a?.properties.captions).toBe(b?.properties.captions);
  expect(points).toEqual(pointsOf(dataset));
});

test('a text that names its features twice offers no points: its places are not those compacted', async () => {
  const dataset = buildSyntheticDataset(2_000, 3);
  const later = buildSyntheticDataset(1_000, 4).features;
  const text = `${JSON.stringify(dataset).slice(0, -1)},"features":${JSON.stringify(later)}}`;
  const { value, points } = await readCompacting(text);

  expect(value.features).toEqual(JSON.parse(JSON.stringify(later)));
  expect(points).toBeUndefined();
});
