import { describe, expect, it } from 'vitest';
import { indexPoints, placePoints } from '../../../src/viewer/cluster-index.js';
import type { LonLatBox } from '../../../src/viewer/cluster-messages.js';
import {
  createLevelsIndex,
  createSplitClusterIndex,
} from '../../../src/viewer/split-cluster-index.js';
import { items, type Item } from './cluster-items.js';

const WORLD: LonLatBox = [-180, -85, 180, 85];

/** 3,000 places around Beijing, Taipei and Vienna, spread over tens of kilometres. */
function hotspotPlaces(): Float64Array {
  const centres = [
    [116.4, 39.9],
    [121.56, 25.03],
    [16.37, 48.21],
  ];
  const coordinates = new Float64Array(6_000);
  let seed = 20230619;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < 3_000; i++) {
    const [lon = 0, lat = 0] = centres[i % 3] ?? [];
    coordinates[i * 2] = lon + (random() - 0.5) * 0.6;
    coordinates[i * 2 + 1] = lat + (random() - 0.5) * 0.4;
  }
  return coordinates;
}

const places = hotspotPlaces();
const total = (found: Item[]) => found.reduce((sum, item) => sum + item.count, 0);
const boxAround = ({ lon, lat }: Item, size: number): LonLatBox => [
  lon - size,
  lat - size,
  lon + size,
  lat + size,
];

describe('createSplitClusterIndex', () => {
  it('draws every place exactly once at every zoom, shallow and deep', () => {
    const index = createSplitClusterIndex(places);
    for (let zoom = 0; zoom <= 17; zoom++)
      expect(total(items(index.query(WORLD, zoom)))).toBe(3_000);
  });

  it('answers the deep zooms exactly as the index of every zoom does', () => {
    const staged = createSplitClusterIndex(places);
    const whole = indexPoints(placePoints(places));
    for (const zoom of [9, 12, 16]) {
      const box: LonLatBox = [115, 39, 118, 41];
      expect(staged.query(box, zoom)).toEqual(whole.query(box, zoom));
    }
  });

  it('tells the shallow clusters apart from the deep ones, and keeps each place its index', () => {
    const index = createSplitClusterIndex(places);
    const shallow = items(index.query(WORLD, 4));
    expect(shallow.filter((item) => item.count > 1).every((item) => item.ref < 0)).toBe(true);
    const deep = items(index.query([116.3, 39.85, 116.5, 39.95], 11));
    expect(deep.some((item) => item.count > 1)).toBe(true);
    expect(deep.filter((item) => item.count > 1).every((item) => item.ref >= 0)).toBe(true);
    const single = deep.find((item) => item.count === 1);
    if (single === undefined) throw new Error('no single place at zoom 11');
    expect(places[single.ref * 2]).toBeCloseTo(single.lon, 9);
    expect(places[single.ref * 2 + 1]).toBeCloseTo(single.lat, 9);
  });

  it('names for a cluster of either index the zoom at which it splits', () => {
    const index = createSplitClusterIndex(places);
    for (const zoom of [3, 8, 10]) {
      const cluster = items(index.query(WORLD, zoom)).find((item) => item.count > 1);
      if (cluster === undefined) throw new Error(`no cluster at zoom ${zoom}`);
      const expansion = index.expansionZoom(cluster.ref);
      expect(expansion).toBeGreaterThan(zoom);
      const around = items(index.query(boxAround(cluster, 1), expansion));
      const near = around.filter(
        (item) => Math.abs(item.lon - cluster.lon) < 0.5 && Math.abs(item.lat - cluster.lat) < 0.5,
      );
      expect(near.length).toBeGreaterThan(1);
    }
  });

  it('indexes only the places kept, at shallow and deep zooms', () => {
    const keep = new Uint8Array(3_000).map((_, i) => (i % 3 === 2 ? 1 : 0));
    const index = createSplitClusterIndex(places, keep);
    for (const zoom of [2, 8, 9, 17]) {
      const found = items(index.query(WORLD, zoom));
      expect(total(found)).toBe(1_000);
      expect(found.every((item) => item.lon < 20)).toBe(true);
    }
  });

  it('answers as the two workers that index its shallow and its deep levels do, ids included', () => {
    const keep = new Uint8Array(3_000).map((_, i) => (i % 4 === 0 ? 0 : 1));
    const split = createSplitClusterIndex(places, keep);
    const workers = {
      shallow: createLevelsIndex(places, 'shallow', keep),
      deep: createLevelsIndex(places, 'deep', keep),
    };
    for (const zoom of [0, 4, 8])
      expect(workers.shallow.query(WORLD, zoom)).toEqual(split.query(WORLD, zoom));
    for (const zoom of [9, 13])
      expect(workers.deep.query(WORLD, zoom)).toEqual(split.query(WORLD, zoom));
    const cluster = items(split.query(WORLD, 6)).find((item) => item.count > 1);
    if (cluster === undefined) throw new Error('no cluster at zoom 6');
    expect(workers.shallow.expansionZoom(cluster.ref)).toBe(split.expansionZoom(cluster.ref));
  });
});
