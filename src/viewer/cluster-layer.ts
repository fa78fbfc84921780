import type * as L from './leaflet.js';
import type { PlaceFeature } from '../schema/dataset-schema.js';
import { createPlaceMarker } from './place-marker.js';
import type { PlaceMarkers } from './place-markers.js';
import { startClusterIndex, type ClusterIndexStart } from './cluster-index-start.js';
import { loadLazyStylesheet } from './lazy-stylesheet.js';

/**
 * The places' markers for a large dataset, with the same surface as `addPlaceMarkers`. Only
 * readers of large datasets need the clustering code, so it is a chunk of its own, fetched
 * here with its stylesheet while the cluster worker already indexes the places; until both
 * arrive, the place asked for (a deep link) is drawn alone, so that it opens at once.
 */
export function addClusteredPlaceMarkers(
  map: L.Map,
  features: readonly PlaceFeature[],
  onActivate: (feature: PlaceFeature) => void,
  started: ClusterIndexStart | undefined,
): PlaceMarkers {
  let clustered: PlaceMarkers | undefined;
  let early: { id: string; marker: L.Marker } | undefined;
  let selected: string | undefined;
  let visible: ReadonlySet<string> | undefined;
  let removed = false;
  const createMarker = (feature: PlaceFeature) =>
    createPlaceMarker(feature, () => onActivate(feature));

  const index = started ?? startClusterIndex(features);

  // Built beside the viewer's chunks (ENTRY_POINTS in esbuild.config.mjs).
  const stylesheet = new URL('./cluster-badge.css', import.meta.url).href;
  const drawn = Promise.all([
    import('./cluster-markers.js'),
    loadLazyStylesheet(map.getContainer(), stylesheet),
  ]).then(([{ drawClusteredPlaceMarkers }]) => {
    if (removed) {
      index.worker?.worker.terminate();
      return;
    }
    early?.marker.remove();
    early = undefined;
    clustered = drawClusteredPlaceMarkers(map, features, createMarker, index);
    clustered.select(selected);
    if (visible !== undefined) clustered.filter?.(visible);
    return clustered.drawn;
  });

  const earlyMarker = (id: string) => {
    if (early?.id === id) return early.marker;
    const feature = features.find((candidate) => candidate.id === id);
    if (feature === undefined) return undefined;
    early?.marker.remove();
    early = { id, marker: createMarker(feature).addTo(map) };
    return early.marker;
  };

  return {
    elementOf: (id) =>
      clustered === undefined
        ? early?.id === id
          ? early.marker.getElement()
          : undefined
        : clustered.elementOf(id),
    markerOf: (id) => (clustered === undefined ? earlyMarker(id) : clustered.markerOf(id)),
    drawn,
    select(id) {
      selected = id;
      if (clustered !== undefined) clustered.select(id);
      else if (id !== undefined)
        earlyMarker(id)?.getElement()?.classList.add('nm-marker--selected');
    },
    filter(shown) {
      visible = shown;
      clustered?.filter?.(shown);
    },
    remove() {
      removed = true;
      early?.marker.remove();
      clustered?.remove();
    },
  };
}
