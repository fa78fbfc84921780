import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { arrivingClusterPoints } from '../../../src/viewer/arriving-cluster-points.js';
import { clusterIndexing } from '../../../src/viewer/load-dataset.js';
import type { ClusterRequest } from '../../../src/viewer/cluster-messages.js';
import { buildSyntheticDataset } from '../../../bench/generate-dataset.js';
import type { PlaceFeature } from '../../../src/schema/dataset-schema.js';

// Starting an index asks for the code that draws clusters (and, on the page, indexes them)
// without waiting for it: not this test's concern, and Leaflet needs a window.
vi.mock('../../../src/viewer/cluster-markers.js', () => ({}));
vi.mock('../../../src/viewer/split-cluster-index.js', () => ({}));

/** Stands in for the page's Worker: keeps what the page posts to it, as copies. */
class RecordingWorker {
  static started: RecordingWorker[] = [];
  readonly received: ClusterRequest[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    RecordingWorker.started.push(this);
  }
  postMessage(message: ClusterRequest): void {
    this.received.push(structuredClone(message));
  }
  addEventListener(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

const coordinatesOf = (features: readonly PlaceFeature[]) =>
  Array.from(features.flatMap((feature) => feature.geometry.coordinates));

/** Everything the worker was sent to add, in order, as one list. */
const added = (worker: RecordingWorker | undefined) =>
  (worker?.received ?? []).flatMap((message) =>
    message.kind === 'add' ? Array.from(message.coordinates) : [],
  );

/** Reads `features` the way the download brings them: a batch of places at a time into one list. */
function readInBatches(features: readonly PlaceFeature[], batch: number) {
  const points = arrivingClusterPoints(clusterIndexing);
  const places: unknown[] = [];
  for (let at = 0; at < features.length; at += batch) {
    places.push(...features.slice(at, at + batch));
    points.add(places);
  }
  return { points, places };
}

beforeEach(() => {
  RecordingWorker.started = [];
  vi.stubGlobal('Worker', RecordingWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the points of a dataset read as it arrives', () => {
  const { article, features } = buildSyntheticDataset(3_000, 8, { events: false });

  test('reach the cluster worker batch by batch, which then indexes them with nothing more to copy', () => {
    const { points, places } = readInBatches(features, 700);
    const [worker] = RecordingWorker.started;
    expect(RecordingWorker.started).toHaveLength(1);
    expect(worker?.url.pathname).toMatch(/cluster-worker\.js$/);
    expect(worker?.received.map((message) => message.kind)).toEqual(Array(5).fill('add'));
    expect(added(worker)).toEqual(coordinatesOf(features));

    const started = points.start({ type: 'FeatureCollection', article, features: places });
    expect(worker?.received.at(-1)).toEqual({ kind: 'load', levels: 'shallow' });
    expect(started?.worker?.worker).toBe(worker);
    expect(Array.from(started?.coordinates ?? [])).toEqual(coordinatesOf(features));
    expect(worker?.terminated).toBe(false);
  });

  test('are not what is indexed when the text names its features again: the later list goes to a new worker', () => {
    const { points } = readInBatches(features, 1_000);
    const later = features.slice(0, 2_500).reverse();
    const started = points.start({ type: 'FeatureCollection', article, features: later });
    const [first, second] = RecordingWorker.started;
    expect(first?.terminated).toBe(true);
    expect(second?.received).toEqual([
      { kind: 'load', levels: 'shallow', coordinates: new Float64Array(coordinatesOf(later)) },
    ]);
    expect(Array.from(started?.coordinates ?? [])).toEqual(coordinatesOf(later));
  });

  test('stop at a place without a numeric point, and such a dataset is not indexed', () => {
    const broken = structuredClone(features);
    const place = broken[1_500];
    if (place === undefined) throw new Error('no place 1500');
    (place.geometry as { coordinates: unknown }).coordinates = ['116.4', 39.9];
    const { points, places } = readInBatches(broken, 1_000);
    const [worker] = RecordingWorker.started;
    expect(added(worker)).toEqual(coordinatesOf(broken.slice(0, 1_000)));
    expect(points.start({ type: 'FeatureCollection', article, features: places })).toBeUndefined();
    expect(worker?.terminated).toBe(true);
    expect(RecordingWorker.started).toHaveLength(1);
  });

  test.each([
    { count: 400, clustered: false },
    { count: 1_200, clustered: true },
  ])(
    'of $count places close their worker: the page indexes few places itself, or none',
    ({ count, clustered }) => {
      const { points, places } = readInBatches(features.slice(0, count), 500);
      const [worker] = RecordingWorker.started;
      const started = points.start({ type: 'FeatureCollection', article, features: places });
      expect(worker?.terminated).toBe(true);
      expect(RecordingWorker.started).toHaveLength(1);
      expect(started === undefined).toBe(!clustered);
      if (clustered) {
        expect(started?.worker).toBeUndefined();
        expect(Array.from(started?.coordinates ?? [])).toEqual(
          coordinatesOf(features.slice(0, count)),
        );
      }
    },
  );

  test('close the worker when the download fails', () => {
    const { points } = readInBatches(features, 1_000);
    points.close();
    expect(RecordingWorker.started[0]?.terminated).toBe(true);
  });
});
