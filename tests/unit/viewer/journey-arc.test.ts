import { distance } from '@turf/distance';
import { describe, expect, test } from 'vitest';
import { journeyArc } from '../../../src/viewer/journey-arc.js';

const WASHINGTON: [number, number] = [-77.03637, 38.89511];
const BEIJING: [number, number] = [116.39723, 39.9075];
const VIENNA: [number, number] = [16.37208, 48.20849];

/** The largest step in longitude between neighbouring points of a line. */
function largestLngStep(line: [number, number][]): number {
  let largest = 0;
  for (let i = 1; i < line.length; i += 1) {
    largest = Math.max(largest, Math.abs((line[i]?.[1] ?? 0) - (line[i - 1]?.[1] ?? 0)));
  }
  return largest;
}

describe('journeyArc', () => {
  test('an arc across the antimeridian is one continuous line over the Pacific', () => {
    const arc = journeyArc(WASHINGTON, BEIJING, 70);
    expect(largestLngStep(arc)).toBeLessThan(15);
    // Near the map's centre (70°E) Beijing keeps its own longitude; Washington is its copy east of 180.
    expect(arc[0]?.[0]).toBeCloseTo(WASHINGTON[1], 4);
    expect(arc[0]?.[1]).toBeCloseTo(WASHINGTON[0] + 360, 4);
    expect(arc.at(-1)?.[1]).toBeCloseTo(BEIJING[0], 4);
    // It goes the short way, north over the Bering Sea, not west across Europe.
    expect(arc.some(([, lng]) => lng > 180)).toBe(true);
    expect(Math.max(...arc.map(([lat]) => lat))).toBeGreaterThan(60);
  });

  test('every point lies on the great circle between the places, at equal steps along it', () => {
    const total = distance(WASHINGTON, BEIJING);
    const arc = journeyArc(WASHINGTON, BEIJING, 70);
    expect(arc).toHaveLength(64);
    for (const [lat, lng] of arc) {
      const detour = distance(WASHINGTON, [lng, lat]) + distance([lng, lat], BEIJING) - total;
      expect(Math.abs(detour)).toBeLessThan(0.01);
    }
    const steps = arc.slice(1).map(([lat, lng], i) => {
      const [previousLat = 0, previousLng = 0] = arc[i] ?? [];
      return distance([previousLng, previousLat], [lng, lat]);
    });
    for (const step of steps) expect(step).toBeCloseTo(total / 63, 3);
  });

  test('the same arc on a map centred on the Americas keeps Washington and moves Beijing', () => {
    const arc = journeyArc(WASHINGTON, BEIJING, -90);
    expect(largestLngStep(arc)).toBeLessThan(15);
    expect(arc[0]?.[1]).toBeCloseTo(WASHINGTON[0], 4);
    expect(arc.at(-1)?.[1]).toBeCloseTo(BEIJING[0] - 360, 4);
  });

  test('a route split in two by turf at 180° comes back as one line', () => {
    const trade = journeyArc(BEIJING, [-98.5, 39.76], 70);
    expect(largestLngStep(trade)).toBeLessThan(15);
    expect(trade.at(-1)?.[1]).toBeCloseTo(-98.5 + 360, 4);
    // Near the pole longitudes turn fast, but never by a wrap-around.
    const burns = journeyArc(WASHINGTON, [105, 35], 70);
    expect(largestLngStep(burns)).toBeLessThan(90);
    expect(burns.at(-1)?.[1]).toBeCloseTo(105, 4);
  });

  test('an arc that stays off the antimeridian keeps its longitudes', () => {
    const arc = journeyArc(BEIJING, VIENNA, 70);
    expect(largestLngStep(arc)).toBeLessThan(15);
    expect(arc[0]?.[1]).toBeCloseTo(BEIJING[0], 4);
    expect(arc.at(-1)?.[1]).toBeCloseTo(VIENNA[0], 4);
    expect(arc.every(([, lng]) => lng >= VIENNA[0] - 1e-6 && lng <= BEIJING[0] + 1e-6)).toBe(true);
  });
});
