import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import L from 'leaflet';
import './leaflet-global.js';
import 'leaflet.markercluster';
import { latLngOf, openAnchorMap } from './anchor-map.js';

/**
 * Anchor: Leaflet.markercluster, the usual answer for many markers, configured as its README
 * advises for large sets (chunked loading keeps the page responsive while it clusters).
 */
const { map, features } = await openAnchorMap();
const group = L.markerClusterGroup({ chunkedLoading: true }).addTo(map);
group.addLayers(
  features.map((feature) => L.marker(latLngOf(feature), { title: feature.properties.name })),
);
