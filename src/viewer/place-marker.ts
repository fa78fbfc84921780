import * as L from './leaflet.js';
import type { PlaceFeature } from '../schema/dataset-schema.js';
import { element } from './dom.js';
import { createPlaceIcon } from './place-icon.js';
import { kindGroup } from './place-kind.js';
import { markerLatLng } from './place-geometry.js';

// The badge is 30 px across; its centre stands on the place.
const ICON_SIZE = 30;

function createMarkerIcon(feature: PlaceFeature): L.DivIcon {
  const { name, kind, focus } = feature.properties;
  const group = kindGroup(kind);
  const content = element('span', `nm-marker__badge nm-kind-${group}`);
  // The visible symbol is decorative; the hidden name is what the button is called.
  content.append(createPlaceIcon(group, 'nm-marker__icon'), element('span', 'nm-sr-only', name));
  return L.divIcon({
    html: content,
    // An approximate place (a point standing for an area) is drawn with a dashed ring.
    className: `nm-marker ${focus ? 'nm-marker--focus' : 'nm-marker--wider'}${
      feature.properties.precision === 'area' ? ' nm-marker--approximate' : ''
    }`,
    iconSize: [ICON_SIZE, ICON_SIZE],
    iconAnchor: [ICON_SIZE / 2, ICON_SIZE / 2],
    popupAnchor: [0, -ICON_SIZE / 2],
  });
}

/**
 * A place's marker: an inline-SVG badge per kind (no image files, so nothing breaks under a
 * bundler), focusable with Tab, named after the place, and activated by click, Enter or Space.
 */
export function createPlaceMarker(feature: PlaceFeature, onActivate: () => void): L.Marker {
  const marker = L.marker(markerLatLng(feature), {
    icon: createMarkerIcon(feature),
    keyboard: true,
    title: feature.properties.name,
    riseOnHover: true,
  });
  marker.on('click', onActivate);
  marker.on('keydown', (event: L.LeafletKeyboardEvent) => {
    const key = event.originalEvent.key;
    if (key !== 'Enter' && key !== ' ') return;
    event.originalEvent.preventDefault();
    onActivate();
  });
  return marker;
}
