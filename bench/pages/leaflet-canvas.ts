import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { latLngOf, openAnchorMap } from './anchor-map.js';

/** Anchor: Leaflet drawing every place as a circle on one canvas (`preferCanvas`). */
const { map, features } = await openAnchorMap({ preferCanvas: true });
L.layerGroup(features.map((feature) => L.circleMarker(latLngOf(feature), { radius: 5 }))).addTo(
  map,
);
// The canvas draws in the next animation frame; the probe's frame callback runs after it.
document.documentElement.dataset['benchDrawn'] = 'true';
