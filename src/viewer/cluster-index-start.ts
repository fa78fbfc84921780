import type { PlaceFeature } from '../schema/dataset-schema.js';
import {
  startClusterWorker,
  type OpenedClusterWorker,
  type StartedClusterWorker,
} from './cluster-worker-start.js';

/**
 * Above this many places, the map draws clusters instead of one marker per place. Measured
 * with `npm run bench` when this was 2,000: with one DOM marker per place, 1,000 places
 * panned at 383 ms a frame (p95) and zoomed at 1.2 s, while 10,000 clustered panned within
 * 17 ms. An article's map, with tens of places, stays far below.
 */
export const CLUSTER_THRESHOLD = 500;

/** The places' coordinates, `[lon0, lat0, lon1, lat1, ...]`, and the worker indexing them. */
export interface ClusterIndexStart {
  coordinates: Float64Array;
  worker: StartedClusterWorker | undefined;
}

// Up to this many places the page indexes them itself, in a few milliseconds: sooner than a
// worker can start (at 1,000 places the worker made the first paint twice as slow).
const INDEX_IN_WORKER_FROM = 2_000;

/** The places' points, `[lon0, lat0, lon1, lat1, ...]`. */
function coordinatesOf(features: readonly PlaceFeature[]): Float64Array {
  const coordinates = new Float64Array(features.length * 2);
  features.forEach((feature, i) => {
    const [lon, lat] = feature.geometry.coordinates;
    coordinates[i * 2] = lon;
    coordinates[i * 2 + 1] = lat;
  });
  return coordinates;
}

/** A cluster worker opened for an index, and what it already holds. */
export interface IndexWorker {
  opened?: OpenedClusterWorker | undefined;
  /** The places' points, when the worker holds them already (see arriving-cluster-points.ts). */
  held?: Float64Array;
}

/**
 * Starts indexing the places: in the cluster worker for a large dataset, on the page for a
 * smaller one (in the worker `opened` for it, if any, which it closes otherwise). The code that
 * draws the clusters is requested now too, so that it is there when the map asks.
 */
export function startClusterIndex(
  features: readonly PlaceFeature[],
  { opened, held }: IndexWorker = {},
  points?: Float64Array,
): ClusterIndexStart {
  void import('./cluster-markers.js');
  const coordinates = held ?? points ?? coordinatesOf(features);
  if (features.length >= INDEX_IN_WORKER_FROM) {
    const holdsPlaces = held !== undefined;
    return { coordinates, worker: startClusterWorker(coordinates, { opened, holdsPlaces }) };
  }
  opened?.worker.terminate();
  void import('./split-cluster-index.js');
  return { coordinates, worker: undefined };
}

/** Whether a place's coordinates are a point the index can take. */
export const isPoint = (value: unknown): value is [number, number] =>
  Array.isArray(value) && Number.isFinite(value[0]) && Number.isFinite(value[1]);

/**
 * Starts indexing a large dataset as soon as it is parsed, before the map is built, so that
 * the clusters are ready when it asks; undefined for a dataset too small to cluster. A dataset
 * still being validated qualifies only if every place has a numeric point (known already of
 * the points a `worker` holds, and of `points` read as the places were, see pack-places.ts),
 * and its index is dropped if it turns out invalid. A worker opened for the index is used or
 * closed.
 */
export function startClusterIndexFor(
  value: unknown,
  worker?: IndexWorker,
  points?: Float64Array,
): ClusterIndexStart | undefined {
  const features = (value as { features?: unknown } | null)?.features;
  const indexable =
    Array.isArray(features) &&
    features.length > CLUSTER_THRESHOLD &&
    (worker?.held !== undefined ||
      points?.length === features.length * 2 ||
      features.every((feature: { geometry?: { coordinates?: unknown } } | null) =>
        isPoint(feature?.geometry?.coordinates),
      ));
  if (indexable) return startClusterIndex(features as PlaceFeature[], worker, points);
  worker?.opened?.worker.terminate();
  return undefined;
}
