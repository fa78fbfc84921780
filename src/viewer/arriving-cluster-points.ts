import type { ClusterIndexStart, IndexWorker } from './cluster-index-start.js';
import type { ClusterRequest } from './cluster-messages.js';
import type { OpenedClusterWorker } from './cluster-worker-start.js';

/**
 * What the page's first script lends this module (as it lends read-large-dataset.ts its
 * reading): imported here instead, they would be split out of that script into a chunk of
 * their own, one more request before any map's first paint.
 */
export interface ClusterIndexing {
  openWorker(): OpenedClusterWorker | undefined;
  startFor(value: unknown, worker?: IndexWorker): ClusterIndexStart | undefined;
  isPoint(value: unknown): value is [number, number];
}

/**
 * A large dataset's points, handed to a cluster worker a batch at a time as the download
 * brings the places: when the last one is read, the worker has loaded its script and holds
 * every point, and the index starts at once. (Made after the whole dataset was read, the
 * points took 30 to 80 ms of the page at 100,000 places, and the worker as long again to take
 * them, all before the first paint.)
 */
export interface ArrivingClusterPoints {
  /** Sends the points of the places read since the last call; `places` only ever grows. */
  readonly add: (places: readonly unknown[]) => void;
  /**
   * Starts the cluster index of the dataset read: on the points the worker holds when they are
   * its places' points, otherwise as for a dataset read whole.
   */
  start(value: unknown): ClusterIndexStart | undefined;
  /** Closes the worker: the dataset is not indexed. */
  close(): void;
}

interface PointLike {
  geometry?: { coordinates?: unknown };
}

function joined(batches: readonly Float64Array[], length: number): Float64Array {
  const all = new Float64Array(length);
  let at = 0;
  for (const batch of batches) {
    all.set(batch, at);
    at += batch.length;
  }
  return all;
}

export function arrivingClusterPoints(indexing: ClusterIndexing): ArrivingClusterPoints {
  const opened = indexing.openWorker();
  let read: readonly unknown[] | undefined;
  const batches: Float64Array[] = [];
  let sent = 0;
  // Until a place without a numeric point: such a dataset is not indexed as it arrived.
  let allPoints = opened !== undefined;
  return {
    add(places) {
      if (!allPoints || places.length === sent) return;
      read = places;
      const batch = new Float64Array((places.length - sent) * 2);
      for (let i = sent; i < places.length; i++) {
        const point = (places[i] as PointLike | null)?.geometry?.coordinates;
        if (!indexing.isPoint(point)) {
          allPoints = false;
          return;
        }
        batch[(i - sent) * 2] = point[0];
        batch[(i - sent) * 2 + 1] = point[1];
      }
      const add: ClusterRequest = { kind: 'add', coordinates: batch };
      opened?.worker.postMessage(add);
      batches.push(batch);
      sent = places.length;
    },
    start(value) {
      const features = (value as { features?: unknown } | null)?.features;
      // A text that names `features` twice has the later list as its places, not those sent.
      if (allPoints && read !== undefined && features === read && sent === read.length) {
        const held = joined(batches, sent * 2);
        // Garbage from now on: 1.6 MB at 100,000 places.
        batches.length = 0;
        return indexing.startFor(value, { opened, held });
      }
      opened?.worker.terminate();
      return indexing.startFor(value);
    },
    close() {
      opened?.worker.terminate();
    },
  };
}
