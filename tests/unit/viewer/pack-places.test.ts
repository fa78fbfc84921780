import { expect, test } from 'vitest';
import { buildSyntheticDataset } from '../../../bench/generate-dataset.js';
import { packPlaces } from '../../../src/viewer/pack-places.js';
import { parseDatasetJson } from '../../../src/schema/validate-dataset.js';
import { parsed, pointsOf } from './parsed-dataset.js';

test('a packed place reads and writes as the feature it replaces', async () => {
  const dataset = parsed(buildSyntheticDataset(3_000, 5));
  const text = JSON.stringify(dataset);
  const before = [...dataset.features];
  await packPlaces(dataset.features, pointsOf(dataset));

  expect(JSON.stringify(dataset)).toBe(text);
  expect(parseDatasetJson(JSON.stringify(dataset)).features).toHaveLength(3_000);
  dataset.features.forEach((packed, i) => {
    const original = before[i];
    expect(packed).not.toBe(original);
    expect(packed.type).toBe('Feature');
    expect(packed.id).toBe(original?.id);
    // The properties are the parsed ones, not copies.
    expect(packed.properties).toBe(original?.properties);
    expect(packed.geometry).toEqual(original?.geometry);
  });
});

test('what is not shaped like a place is left for the verdict to name', async () => {
  const odd: unknown[] = [null, 'x', { properties: {} }, { id: 7 }];
  const features = [...odd];
  await packPlaces(features, new Float64Array(odd.length * 2));
  expect(features).toEqual(odd);
});
