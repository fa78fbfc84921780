import { expect, test } from 'vitest';
import { buildSyntheticDataset } from '../../../bench/generate-dataset.js';
import { isPoint } from '../../../src/viewer/cluster-index-start.js';
import { createPlacePacker } from '../../../src/viewer/pack-places.js';
import { parseDatasetJson } from '../../../src/schema/validate-dataset.js';
import { parsed, pointsOf } from './parsed-dataset.js';

test('places packed as they are read, a batch at a time, read and write as the features they replace', () => {
  // More places than the column first has room for, so that it grows while places are packed.
  const dataset = parsed(buildSyntheticDataset(70_000, 5));
  const text = JSON.stringify(dataset);
  const before = [...dataset.features];
  const packer = createPlacePacker(isPoint);
  const arriving: unknown[] = [];
  for (let at = 0; at < before.length; at += 9_000) {
    arriving.push(...before.slice(at, at + 9_000));
    packer.pack(arriving);
  }
  dataset.features = arriving as typeof dataset.features;

  expect(JSON.stringify(dataset)).toBe(text);
  expect(parseDatasetJson(JSON.stringify(dataset)).features).toHaveLength(70_000);
  expect(packer.points()).toEqual(pointsOf(parsed(buildSyntheticDataset(70_000, 5))));
  // Every place is compared as JSON above; their fields are checked one by one in a sample.
  dataset.features.forEach((packed, i) => {
    if (i % 97 !== 0) return;
    const original = before[i];
    expect(packed).not.toBe(original);
    expect(packed.type).toBe('Feature');
    expect(packed.id).toBe(original?.id);
    // The properties are the parsed ones, not copies.
    expect(packed.properties).toBe(original?.properties);
    expect(packed.geometry).toEqual(original?.geometry);
  });
}, 60_000);

test('the points are exact: no number is rounded on its way through the column', () => {
  const place = (id: string, coordinates: number[]) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: {},
  });
  const places: unknown[] = [
    place('a', [116.30071830749512, 39.92318725585938]),
    place('b', [-0.1, 5e-324]),
  ];
  const packer = createPlacePacker(isPoint);
  packer.pack(places);
  expect(JSON.stringify(places)).toBe(
    JSON.stringify([
      place('a', [116.30071830749512, 39.92318725585938]),
      place('b', [-0.1, 5e-324]),
    ]),
  );
  expect([...(packer.points() ?? [])]).toEqual([
    116.30071830749512, 39.92318725585938, -0.1, 5e-324,
  ]);
});

test('what is not shaped like a place is left for the verdict to name, and no points are offered', () => {
  const odd: unknown[] = [
    null,
    'x',
    { properties: {} },
    { id: 7, geometry: { type: 'Point', coordinates: [1, 2] } },
    { id: 'no-point', geometry: { type: 'Point', coordinates: ['1', 2] } },
  ];
  const places = [...odd];
  const packer = createPlacePacker(isPoint);
  packer.pack(places);
  expect(places).toEqual(odd);
  expect(places.every((place, i) => place === odd[i])).toBe(true);
  expect(packer.points()).toBeUndefined();
});
