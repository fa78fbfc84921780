import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { latLngOf, openAnchorMap } from './anchor-map.js';

/** Anchor: plain Leaflet, one default DOM marker per place, each with the place's name. */
const { map, features } = await openAnchorMap();
L.layerGroup(
  features.map((feature) =>
    L.marker(latLngOf(feature), { title: feature.properties.name, alt: feature.properties.name }),
  ),
).addTo(map);
