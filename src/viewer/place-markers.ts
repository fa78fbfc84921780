import * as L from './leaflet.js';
import type { PlaceFeature } from '../schema/dataset-schema.js';
import { createPlaceMarker } from './place-marker.js';
import { spreadOverlapping, type ScreenPoint } from './spread-overlapping.js';

export interface PlaceMarkers {
  /** The marker's element (for focus), once it is on the map. */
  elementOf(id: string): HTMLElement | undefined;
  markerOf(id: string): L.Marker | undefined;
  /** Settles once the first markers are on the map (a large dataset's come from its index). */
  readonly drawn: Promise<void>;
  /** Highlights one marker (or none) and keeps it shown whatever the zoom. */
  select(id: string | undefined): void;
  /**
   * Draws only the places in `visible` (all when undefined): the date filter. Only the
   * clustered markers have it; the filter hides a small map's markers one by one.
   */
  filter?(visible: ReadonlySet<string> | undefined): void;
  remove(): void;
}

// Symbols closer than this (a badge's width and a little air) are moved apart.
const SPREAD_GAP = 34;

/**
 * Moves overlapping symbols apart (Beijing and a building in it, the places around Taiwan)
 * so each can be seen, clicked and told apart; a dot stays on the true position.
 */
function spreadVisibleMarkers(map: L.Map, markers: ReadonlyMap<string, L.Marker>): void {
  const points: ScreenPoint[] = [];
  for (const [id, marker] of markers) {
    const element = marker.getElement();
    if (element === undefined || element.classList.contains('nm-marker--hidden')) continue;
    const { x, y } = map.latLngToLayerPoint(marker.getLatLng());
    points.push({ id, x, y });
  }
  const offsets = spreadOverlapping(points, SPREAD_GAP);
  for (const [id, marker] of markers) {
    const element = marker.getElement();
    const badge = element?.querySelector<HTMLElement>('.nm-marker__badge');
    if (element === undefined || badge === null || badge === undefined) continue;
    const offset = offsets.get(id);
    element.classList.toggle('nm-marker--moved', offset !== undefined);
    badge.style.translate = offset === undefined ? '' : `${offset.dx}px ${offset.dy}px`;
  }
}

// Keeps the selected marker above its neighbours (Beijing and a building in it overlap).
const SELECTED_Z_OFFSET = 1000;

/**
 * Every place's marker on the map, which must already stand on the story's frame. A wider
 * place (an area that is not one of the story's focus places: a country, an ocean) shows its
 * marker only once the reader zooms out beyond that frame, or while it is open, so that the
 * frame is not cluttered with symbols for the countries and seas around it. Hidden markers
 * stay in the DOM, out of the tab order; the place list reaches them all.
 */
export function addPlaceMarkers(
  map: L.Map,
  features: readonly PlaceFeature[],
  onActivate: (feature: PlaceFeature) => void,
): PlaceMarkers {
  const storyZoom = map.getZoom();
  const markers = new Map<string, L.Marker>();
  const wider: string[] = [];
  let selected: string | undefined;

  const layer = L.layerGroup();
  for (const feature of features) {
    const marker = createPlaceMarker(feature, () => onActivate(feature));
    markers.set(feature.id, marker);
    layer.addLayer(marker);
    if (!feature.properties.focus && feature.properties.precision === 'area')
      wider.push(feature.id);
  }
  layer.addTo(map);

  const update = () => {
    const zoomedIn = map.getZoom() >= storyZoom;
    for (const id of wider) {
      const hidden = zoomedIn && id !== selected;
      markers.get(id)?.getElement()?.classList.toggle('nm-marker--hidden', hidden);
    }
    spreadVisibleMarkers(map, markers);
  };
  map.on('zoomend', update);
  update();

  return {
    elementOf: (id) => markers.get(id)?.getElement(),
    markerOf: (id) => markers.get(id),
    drawn: Promise.resolve(),
    select(id) {
      if (selected !== undefined) {
        const previous = markers.get(selected);
        previous?.setZIndexOffset(0);
        previous?.getElement()?.classList.remove('nm-marker--selected');
      }
      selected = id;
      const marker = id === undefined ? undefined : markers.get(id);
      marker?.setZIndexOffset(SELECTED_Z_OFFSET);
      marker?.getElement()?.classList.add('nm-marker--selected');
      update();
    },
    remove() {
      map.off('zoomend', update);
      layer.remove();
    },
  };
}
