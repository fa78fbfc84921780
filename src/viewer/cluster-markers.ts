import * as L from './leaflet.js';
import type { PlaceFeature } from '../schema/dataset-schema.js';
import { CLUSTER_STRIDE, type LonLatBox } from './cluster-messages.js';
import { createClusterClient } from './cluster-client.js';
import { createIdLookup } from './place-id-lookup.js';
import type { StartedClusterWorker } from './cluster-worker-start.js';
import { createClusterBadge, type ClusterBadge, type DrawnCluster } from './cluster-badge.js';
import type { PlaceMarkers } from './place-markers.js';

// Items just outside the view are drawn too, so a short pan shows no empty edge.
const VIEW_PADDING = 0.25;
const SELECTED_Z_OFFSET = 1000;

function viewBox(map: L.Map): LonLatBox {
  const bounds = map.getBounds().pad(VIEW_PADDING);
  const west = bounds.getWest();
  const east = bounds.getEast();
  // A view wider than the world asks for the whole world, not for an inverted box.
  if (east - west >= 360) return [-180, bounds.getSouth(), 180, bounds.getNorth()];
  return [west, bounds.getSouth(), east, bounds.getNorth()];
}

/**
 * The places' markers for a large dataset, with the same surface as `addPlaceMarkers`: the
 * places are indexed off the main thread (see cluster-client.ts) and only what the view
 * shows is in the DOM, a few hundred markers at most. A cluster's badge zooms in to where it
 * splits; a single place is drawn by `createMarker`, the viewer's own place marker (passed
 * in, so that this lazily loaded chunk shares no module with the page's first script). The
 * selected place is always drawn, even while its neighbours are a cluster, so that deep
 * links and the place list can open any place at any zoom.
 */
export function drawClusteredPlaceMarkers(
  map: L.Map,
  features: readonly PlaceFeature[],
  createMarker: (feature: PlaceFeature) => L.Marker,
  index: { coordinates: Float64Array; worker: StartedClusterWorker | undefined },
): PlaceMarkers {
  const indexOfId = createIdLookup(features);
  const client = createClusterClient(index.coordinates, index.worker);
  const layer = L.layerGroup().addTo(map);
  const container = map.getContainer();
  // The root's, not the document's: in a <news-map> the document's is the element itself.
  const focused = () => (container.getRootNode() as Document | ShadowRoot).activeElement;
  const holdsFocus = (marker: L.Marker) => marker.getElement()?.contains(focused()) === true;
  const focusMap = () => container.focus({ preventScroll: true });
  // Drawn single places by their index in `features`, and badges by their cluster's id.
  const places = new Map<number, L.Marker>();
  const badges = new Map<number, ClusterBadge>();
  // Markers hide while a clustered map zooms (see story-map.ts), and a hidden element loses
  // focus to the top of the page: the focus a marker holds goes to the map instead, and back
  // to the place's marker if the zoom leaves it drawn and the reader has not moved on.
  let placeFocusedAtZoom: L.Marker | undefined;
  const keepFocusInMap = () => {
    if (map.getPane('markerPane')?.contains(focused()) !== true) return;
    placeFocusedAtZoom = [...places.values()].find(holdsFocus);
    focusMap();
  };
  const returnFocusAfterZoom = () => {
    const marker = placeFocusedAtZoom;
    placeFocusedAtZoom = undefined;
    if (marker !== undefined && layer.hasLayer(marker) && focused() === container)
      marker.getElement()?.focus({ preventScroll: true });
  };
  let selected: number | undefined;
  let latestQuery = 0;
  let removed = false;
  let firstDrawn: () => void = () => undefined;
  const firstDraw = new Promise<void>((resolve) => {
    firstDrawn = resolve;
  });

  const placeMarker = (index: number): L.Marker | undefined => {
    const existing = places.get(index);
    if (existing !== undefined) return existing;
    const feature = features[index];
    if (feature === undefined) return undefined;
    const marker = createMarker(feature);
    places.set(index, marker);
    layer.addLayer(marker);
    return marker;
  };

  const zoomInto = ({ id, latLng }: DrawnCluster) => {
    void client.expansionZoom(id).then((zoom) => {
      if (!removed) map.setView(latLng, Math.min(zoom, map.getMaxZoom()));
    });
  };

  const draw = (items: Float64Array) => {
    const wantedPlaces = new Set<number>();
    if (selected !== undefined) wantedPlaces.add(selected);
    const wantedClusters = new Set<number>();
    const newClusters: DrawnCluster[] = [];
    for (let i = 0; i < items.length; i += CLUSTER_STRIDE) {
      const count = items[i + 2] ?? 1;
      const ref = items[i + 3] ?? 0;
      if (count === 1) {
        wantedPlaces.add(ref);
        placeMarker(ref);
      } else {
        wantedClusters.add(ref);
        if (!badges.has(ref))
          newClusters.push({ id: ref, latLng: L.latLng(items[i + 1] ?? 0, items[i] ?? 0), count });
      }
    }
    // The badges of clusters gone from view move to the new clusters. The one a reader has
    // focused is not moved, or it would be another cluster under their focus: it goes, and
    // focus stays in the map instead of falling back to the top of the page.
    const spare: ClusterBadge[] = [];
    for (const [id, badge] of badges) {
      if (wantedClusters.has(id)) continue;
      badges.delete(id);
      if (!holdsFocus(badge.marker)) {
        spare.push(badge);
        continue;
      }
      layer.removeLayer(badge.marker);
      focusMap();
    }
    for (const cluster of newClusters) {
      let badge = spare.pop();
      if (badge === undefined) {
        badge = createClusterBadge(cluster, zoomInto);
        layer.addLayer(badge.marker);
      } else badge.show(cluster);
      badges.set(cluster.id, badge);
    }
    for (const badge of spare) layer.removeLayer(badge.marker);
    for (const [index, marker] of places) {
      if (wantedPlaces.has(index)) continue;
      layer.removeLayer(marker);
      places.delete(index);
    }
  };

  const update = () => {
    const query = ++latestQuery;
    void client.query(viewBox(map), map.getZoom()).then((items) => {
      // A pan that ended meanwhile has asked again; only the latest answer is drawn.
      if (!removed && query === latestQuery) {
        draw(items);
        returnFocusAfterZoom();
        firstDrawn();
      }
    });
  };
  map.on('moveend', update);
  map.on('zoomstart', keepFocusInMap);
  update();

  const drawnMarker = (id: string) => {
    const index = indexOfId(id);
    return index === undefined ? undefined : places.get(index);
  };

  return {
    elementOf: (id) => drawnMarker(id)?.getElement(),
    // Any place can be opened, even one inside a cluster: its marker is drawn on demand.
    markerOf(id) {
      const index = indexOfId(id);
      return index === undefined ? undefined : placeMarker(index);
    },
    drawn: firstDraw,
    select(id) {
      if (selected !== undefined) {
        const previous = places.get(selected);
        previous?.setZIndexOffset(0);
        previous?.getElement()?.classList.remove('nm-marker--selected');
      }
      selected = id === undefined ? undefined : indexOfId(id);
      if (selected === undefined) return;
      const marker = placeMarker(selected);
      marker?.setZIndexOffset(SELECTED_Z_OFFSET);
      marker?.getElement()?.classList.add('nm-marker--selected');
    },
    filter(visible) {
      client.reload(
        visible === undefined
          ? undefined
          : Uint8Array.from(features, (feature) => (visible.has(feature.id) ? 1 : 0)),
      );
      update();
    },
    remove() {
      removed = true;
      map.off('moveend', update);
      map.off('zoomstart', keepFocusInMap);
      layer.remove();
      client.dispose();
    },
  };
}
