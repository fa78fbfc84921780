import { expect, test } from 'vitest';
import { feature, mesh } from 'topojson-client';
import type { MultiPolygon } from 'geojson';
import countries50m from 'world-atlas/countries-50m.json';
import {
  offlineBasemapShapes,
  type WorldTopology,
} from '../../../src/viewer/offline-basemap-shapes.js';
import { unwrapRing } from '../../../src/viewer/unwrap-ring.js';

const topology = countries50m as unknown as WorldTopology;

test('decoded one at a time, the land is every polygon topojson decodes at once, unwrapped', () => {
  const [land] = feature(topology, topology.objects.land).features;
  const whole = (land?.geometry as MultiPolygon).coordinates.map((rings) => rings.map(unwrapRing));
  const { land: polygons } = offlineBasemapShapes(topology);
  expect(polygons.length).toBe(whole.length);
  expect(polygons.length).toBeGreaterThan(1_000);
  expect(polygons.map((rings) => rings())).toEqual(whole);
});

test('decoded one at a time, the borders are the lines of the mesh between different countries', () => {
  const whole = mesh(topology, topology.objects.countries, (a, b) => a !== b).coordinates;
  const lines = offlineBasemapShapes(topology).borders();
  expect(lines.length).toBe(whole.length);
  expect(lines.length).toBeGreaterThan(100);
  expect(lines.map((line) => line())).toEqual(whole);
});

test('nothing is decoded until it is asked for', () => {
  let decoded = 0;
  const counting = new Proxy(topology, {
    get(target, key, receiver) {
      if (key === 'arcs') decoded += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const shapes = offlineBasemapShapes(counting);
  expect(decoded).toBe(0);
  shapes.land[0]?.();
  expect(decoded).toBeGreaterThan(0);
});
