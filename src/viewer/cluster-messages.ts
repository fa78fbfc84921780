/**
 * The clusters to draw travel as one flat Float64Array, four numbers per item: longitude,
 * latitude, how many places it holds, and the place's index (when it holds one) or the
 * cluster's id. Flat numbers cross from a worker as one copy, not as thousands of objects.
 */
export const CLUSTER_STRIDE = 4;

/** `[west, south, east, north]` in degrees; west may exceed east across the antimeridian. */
export type LonLatBox = [number, number, number, number];

/**
 * The deepest zoom a story's map opens at (FRAME_MAX_ZOOM in story-map.ts). The cluster index
 * is split there: building every zoom level of 100,000 places takes about a second, but these
 * shallow levels, all the first paint needs, a tenth of that. The deep ones are indexed apart,
 * later (see cluster-client.ts).
 */
export const SHALLOW_MAX_ZOOM = 8;

/** The zoom levels one index holds: up to SHALLOW_MAX_ZOOM, or beyond. */
export type ZoomLevels = 'shallow' | 'deep';

export const levelsAt = (zoom: number): ZoomLevels =>
  Math.round(zoom) <= SHALLOW_MAX_ZOOM ? 'shallow' : 'deep';

/** Both indexes number their clusters from 0, so the shallow one's ids travel as -(id + 1). */
export const shallowClusterId = (id: number) => -id - 1;

export const levelsOfCluster = (clusterId: number): ZoomLevels =>
  clusterId < 0 ? 'shallow' : 'deep';

/** What the page asks of a cluster worker; `request` pairs each answer with its question. */
export type ClusterRequest =
  /** Places read so far, sent as a download brings them, for a `load` without coordinates. */
  | { kind: 'add'; coordinates: Float64Array }
  /**
   * Indexes the places of `coordinates`, or without it those `add` brought. `keep[i]` 0 leaves
   * place i out of the index (the date filter); absent keeps every place.
   */
  | { kind: 'load'; coordinates?: Float64Array; levels: ZoomLevels; keep?: Uint8Array }
  | { kind: 'query'; request: number; box: LonLatBox; zoom: number }
  | { kind: 'expand'; request: number; clusterId: number };

/** What the cluster worker answers. */
export type ClusterResponse =
  | { kind: 'clusters'; request: number; items: Float64Array }
  | { kind: 'expansion'; request: number; zoom: number }
  | { kind: 'failed'; request: number; message: string };
