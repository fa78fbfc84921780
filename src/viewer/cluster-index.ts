import Supercluster, { type PointFeature } from 'supercluster';

import { CLUSTER_STRIDE, type LonLatBox } from './cluster-messages.js';

export interface ClusterIndex {
  /** Clusters and single places inside the box at a zoom level, flat as `CLUSTER_STRIDE` says. */
  query(box: LonLatBox, zoom: number): Float64Array;
  /** The zoom at which a cluster first splits into more than one item. */
  expansionZoom(clusterId: number): number;
}

const INDEX_OPTIONS = {
  // Cluster radius in pixels: a badge is about 40 px wide, so neighbours never overlap.
  radius: 60,
  // Above this zoom every place is drawn on its own.
  maxZoom: 16,
  // A pair of places is already worth a badge when they would touch.
  minPoints: 2,
};

export interface PlaceRef {
  index: number;
}

/**
 * The places as the points supercluster indexes, leaving out those `keep` marks 0, numbered
 * from `firstIndex` (a batch of places that follows others).
 */
export function placePoints(
  coordinates: Float64Array,
  keep?: Uint8Array,
  firstIndex = 0,
): PointFeature<PlaceRef>[] {
  const points: PointFeature<PlaceRef>[] = [];
  for (let i = 0; i * 2 + 1 < coordinates.length; i++) {
    if (keep?.[i] === 0) continue;
    points.push({
      type: 'Feature',
      properties: { index: firstIndex + i },
      geometry: {
        type: 'Point',
        coordinates: [coordinates[i * 2] ?? 0, coordinates[i * 2 + 1] ?? 0],
      },
    });
  }
  return points;
}

/** The zoom levels an index holds clusters for; any deeper level finds every place on its own. */
export interface ZoomRange {
  minZoom?: number;
  maxZoom?: number;
}

/**
 * Indexes points from `placePoints` with supercluster, with clusters for the zoom levels
 * `zooms` names (by default every one). The viewer splits its index in two (see
 * split-cluster-index.ts).
 *
 * @example
 * const places = new Float64Array([116.39, 39.91, 116.4, 39.9, 2.35, 48.86]);
 * indexPoints(placePoints(places)).query([-180, -85, 180, 85], 2); // 2 near Beijing, Paris alone
 */
export function indexPoints(points: PointFeature<PlaceRef>[], zooms: ZoomRange = {}): ClusterIndex {
  const supercluster = new Supercluster<PlaceRef>({ ...INDEX_OPTIONS, ...zooms }).load(points);
  return {
    query(box, zoom) {
      const items = supercluster.getClusters(box, Math.round(zoom));
      const flat = new Float64Array(items.length * CLUSTER_STRIDE);
      items.forEach((item, i) => {
        const [lon, lat] = item.geometry.coordinates;
        const props = item.properties;
        const isCluster = 'cluster' in props && props.cluster;
        flat[i * CLUSTER_STRIDE] = lon ?? 0;
        flat[i * CLUSTER_STRIDE + 1] = lat ?? 0;
        flat[i * CLUSTER_STRIDE + 2] = isCluster ? props.point_count : 1;
        flat[i * CLUSTER_STRIDE + 3] = isCluster ? props.cluster_id : (props as PlaceRef).index;
      });
      return flat;
    },
    expansionZoom: (clusterId) => supercluster.getClusterExpansionZoom(clusterId),
  };
}
