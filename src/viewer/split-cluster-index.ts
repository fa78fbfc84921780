import type { PointFeature } from 'supercluster';
import { indexPoints, placePoints, type ClusterIndex, type PlaceRef } from './cluster-index.js';
import {
  CLUSTER_STRIDE,
  SHALLOW_MAX_ZOOM,
  levelsAt,
  levelsOfCluster,
  shallowClusterId,
  type ZoomLevels,
} from './cluster-messages.js';

function markShallowClusters(items: Float64Array): Float64Array {
  for (let i = 0; i < items.length; i += CLUSTER_STRIDE) {
    if ((items[i + 2] ?? 1) > 1) items[i + 3] = shallowClusterId(items[i + 3] ?? 0);
  }
  return items;
}

/** The index of one side of the split (see SHALLOW_MAX_ZOOM), of points from `placePoints`. */
export function indexLevels(points: PointFeature<PlaceRef>[], levels: ZoomLevels): ClusterIndex {
  if (levels === 'deep') return indexPoints(points, { minZoom: SHALLOW_MAX_ZOOM + 1 });
  const shallow = indexPoints(points, { maxZoom: SHALLOW_MAX_ZOOM });
  return {
    query: (box, zoom) => markShallowClusters(shallow.query(box, zoom)),
    expansionZoom: (clusterId) => shallow.expansionZoom(shallowClusterId(clusterId)),
  };
}

/**
 * The index of one side of the split (see SHALLOW_MAX_ZOOM), as a cluster worker holds it:
 * the shallow levels' cluster ids are marked, so that the page knows where to ask about them.
 */
export function createLevelsIndex(
  coordinates: Float64Array,
  levels: ZoomLevels,
  keep?: Uint8Array,
): ClusterIndex {
  return indexLevels(placePoints(coordinates, keep), levels);
}

/**
 * Both sides of the split in one index, as the page holds it when no worker indexes for it:
 * the shallow levels at once, the deep ones when a query first needs them.
 */
export function createSplitClusterIndex(
  coordinates: Float64Array,
  keep?: Uint8Array,
): ClusterIndex {
  const points = placePoints(coordinates, keep);
  const shallow = indexLevels(points, 'shallow');
  let deep: ClusterIndex | undefined;
  const side = (levels: ZoomLevels) =>
    levels === 'shallow' ? shallow : (deep ??= indexLevels(points, 'deep'));
  return {
    query: (box, zoom) => side(levelsAt(zoom)).query(box, zoom),
    expansionZoom: (clusterId) => side(levelsOfCluster(clusterId)).expansionZoom(clusterId),
  };
}
