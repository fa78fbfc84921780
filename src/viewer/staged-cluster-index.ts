import { indexPoints, placePoints, type ClusterIndex } from './cluster-index.js';
import { CLUSTER_STRIDE } from './cluster-messages.js';

/** A cluster index whose deep zoom levels are built later than its shallow ones. */
export interface StagedClusterIndex extends ClusterIndex {
  /** Builds the deep zoom levels, unless they are built already. */
  complete(): void;
}

// The deepest zoom a story's map opens at (FRAME_MAX_ZOOM in story-map.ts): the first query
// always finds the shallow index built.
const SHALLOW_MAX_ZOOM = 8;

// Both indexes number their clusters from 0, so the shallow one's ids travel as -(id + 1).
const shallowId = (id: number) => -id - 1;

function markShallowClusters(items: Float64Array): Float64Array {
  for (let i = 0; i < items.length; i += CLUSTER_STRIDE) {
    if ((items[i + 2] ?? 1) > 1) items[i + 3] = shallowId(items[i + 3] ?? 0);
  }
  return items;
}

/**
 * The cluster worker's index, as two supercluster indexes split by zoom. Every level of 100,000
 * places takes about a second to build, and built as the worker receives the places, it takes
 * a core from the dataset's validation, which the first paint waits for. The shallow levels,
 * up to the deepest a story's map opens at, take a tenth of that and are built at once; the
 * deep ones when `complete` is called, or when a query first needs them.
 */
export function createStagedClusterIndex(
  coordinates: Float64Array,
  keep?: Uint8Array,
): StagedClusterIndex {
  const points = placePoints(coordinates, keep);
  const shallow = indexPoints(points, { maxZoom: SHALLOW_MAX_ZOOM });
  let deep: ClusterIndex | undefined;
  const deepIndex = () => (deep ??= indexPoints(points, { minZoom: SHALLOW_MAX_ZOOM + 1 }));
  return {
    query: (box, zoom) =>
      Math.round(zoom) <= SHALLOW_MAX_ZOOM
        ? markShallowClusters(shallow.query(box, zoom))
        : deepIndex().query(box, zoom),
    expansionZoom: (clusterId) =>
      clusterId < 0
        ? shallow.expansionZoom(shallowId(clusterId))
        : deepIndex().expansionZoom(clusterId),
    complete: () => void deepIndex(),
  };
}
