import { expect, test } from 'vitest';
import { fitWebMercatorFrame } from '../../../src/build/web-mercator-frame.js';

const size = { width: 800, height: 600 };

test('the points fit inside the padding, centred', () => {
  const beijing = [116.4, 39.9] as const;
  const taipei = [121.5, 25.0] as const;
  const frame = fitWebMercatorFrame([beijing, taipei], size);
  for (const [x, y] of [frame.project(beijing), frame.project(taipei)]) {
    expect(x).toBeGreaterThanOrEqual(800 * 0.12 - 1e-9);
    expect(x).toBeLessThanOrEqual(800 * 0.88 + 1e-9);
    expect(y).toBeGreaterThanOrEqual(600 * 0.12 - 1e-9);
    expect(y).toBeLessThanOrEqual(600 * 0.88 + 1e-9);
  }
  // North is up and east is right.
  expect(frame.project(beijing)[1]).toBeLessThan(frame.project(taipei)[1]);
  expect(frame.project(beijing)[0]).toBeLessThan(frame.project(taipei)[0]);
});

test('one point gets the narrowest span around it, at the centre', () => {
  const frame = fitWebMercatorFrame([[119.94, 26.155]], size);
  expect(frame.project([119.94, 26.155])).toEqual([400, 300]);
  expect(frame.spanDegrees).toBeCloseTo(6 / 0.76, 5);
});

test('points on both sides of 180° are framed across it, not across the whole world', () => {
  const frame = fitWebMercatorFrame(
    [
      [178, -17],
      [-172, -14],
    ],
    size,
  );
  expect(frame.spanDegrees).toBeLessThan(30);
  expect(frame.centreLongitude).toBeCloseTo(183, 5);
});
