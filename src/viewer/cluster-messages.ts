/**
 * The clusters to draw travel as one flat Float64Array, four numbers per item: longitude,
 * latitude, how many places it holds, and the place's index (when it holds one) or the
 * cluster's id. Flat numbers cross from a worker as one copy, not as thousands of objects.
 */
export const CLUSTER_STRIDE = 4;

/** `[west, south, east, north]` in degrees; west may exceed east across the antimeridian. */
export type LonLatBox = [number, number, number, number];

/** What the page asks of the cluster worker; `request` pairs each answer with its question. */
export type ClusterRequest =
  /** `keep[i]` 0 leaves place i out of the index (the date filter); absent keeps every place. */
  | { kind: 'load'; coordinates: Float64Array; keep?: Uint8Array }
  | { kind: 'query'; request: number; box: LonLatBox; zoom: number }
  | { kind: 'expand'; request: number; clusterId: number };

/** What the cluster worker answers. */
export type ClusterResponse =
  | { kind: 'clusters'; request: number; items: Float64Array }
  | { kind: 'expansion'; request: number; zoom: number }
  | { kind: 'failed'; request: number; message: string };
