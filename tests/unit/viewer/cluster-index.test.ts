import { describe, expect, it } from 'vitest';
import { indexPoints, placePoints } from '../../../src/viewer/cluster-index.js';
import type { LonLatBox } from '../../../src/viewer/cluster-messages.js';
import { items } from './cluster-items.js';

const WORLD: LonLatBox = [-180, -85, 180, 85];
// Two places in Beijing (about 1 km apart), one in Paris, one in Fiji east of 180°.
const BEIJING_A = [116.3913, 39.9075];
const BEIJING_B = [116.4, 39.9];
const PARIS = [2.3522, 48.8566];
const SUVA = [178.4419, -18.1416];
const coordinates = new Float64Array([...BEIJING_A, ...BEIJING_B, ...PARIS, ...SUVA]);

/** Every zoom level of the places, in one index. */
const createClusterIndex = (places: Float64Array) => indexPoints(placePoints(places));

describe('indexPoints', () => {
  it('gathers nearby places into one cluster and leaves distant ones single, by index', () => {
    const found = items(createClusterIndex(coordinates).query(WORLD, 3));
    expect(found).toHaveLength(3);
    expect(found.find((item) => item.count === 2)).toMatchObject({ lon: expect.closeTo(116.4, 1) });
    const singles = found.filter((item) => item.count === 1).map((item) => item.ref);
    expect(singles.sort()).toEqual([2, 3]);
    const paris = found.find((item) => item.ref === 2 && item.count === 1);
    expect(paris?.lon).toBeCloseTo(PARIS[0] ?? NaN, 6);
    expect(paris?.lat).toBeCloseTo(PARIS[1] ?? NaN, 6);
  });

  it('draws every place on its own above the clustering zoom', () => {
    const found = items(createClusterIndex(coordinates).query(WORLD, 17));
    expect(found.map((item) => item.count)).toEqual([1, 1, 1, 1]);
    expect(found.map((item) => item.ref).sort()).toEqual([0, 1, 2, 3]);
  });

  it('names the zoom at which a cluster splits, and it does split there', () => {
    const index = createClusterIndex(coordinates);
    const cluster = items(index.query(WORLD, 3)).find((item) => item.count === 2);
    if (cluster === undefined) throw new Error('no cluster at zoom 3');
    const zoom = index.expansionZoom(cluster.ref);
    expect(zoom).toBeGreaterThan(3);
    const beijing: LonLatBox = [116, 39.5, 117, 40.5];
    expect(items(index.query(beijing, zoom)).map((item) => item.count)).toEqual([1, 1]);
    expect(items(index.query(beijing, zoom - 1)).map((item) => item.count)).toEqual([2]);
  });

  it('answers only for the box asked, including a box across the antimeridian', () => {
    const index = createClusterIndex(coordinates);
    expect(items(index.query([-10, 40, 10, 60], 5)).map((item) => item.ref)).toEqual([2]);
    const acrossDateLine: LonLatBox = [170, -30, -170, -10];
    expect(items(index.query(acrossDateLine, 5)).map((item) => item.ref)).toEqual([3]);
  });

  it('does not change the coordinates it indexes', () => {
    const copy = new Float64Array(coordinates);
    createClusterIndex(coordinates).query(WORLD, 2);
    expect(coordinates).toEqual(copy);
  });

  it('draws tens of thousands of places at whole-world zoom as a few hundred items at most', () => {
    const many = new Float64Array(40_000);
    for (let i = 0; i < many.length; i += 2) {
      many[i] = ((i * 7919) % 36_000) / 100 - 180;
      many[i + 1] = ((i * 104_729) % 17_000) / 100 - 85;
    }
    const found = items(createClusterIndex(many).query(WORLD, 1));
    expect(found.length).toBeLessThan(300);
    expect(found.reduce((sum, item) => sum + item.count, 0)).toBe(20_000);
  });
});
