import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { parseDatasetJson } from '../schema/validate-dataset.js';

const container = document.getElementById('newsmap');
if (container !== null) {
  const response = await fetch(container.dataset['dataset'] ?? '');
  const dataset = parseDatasetJson(await response.text());
  const map = L.map(container).setView([30, 110], 3);
  for (const feature of dataset.features) {
    const [lon, lat] = feature.geometry.coordinates;
    L.marker([lat, lon], { title: feature.properties.name, alt: feature.properties.name }).addTo(
      map,
    );
  }
}
