import L from 'leaflet';
import type { Dataset, PlaceFeature } from '../../src/schema/dataset-schema.js';

/**
 * What every anchor page does before drawing: fetch and parse the same dataset file as
 * newsmap (`?data=`, no validation: plain Leaflet pages do none), then open a map on the same
 * frame as newsmap's (the bounding box of the focus places, same padding and zoom steps).
 */
export async function openAnchorMap(
  options: L.MapOptions = {},
): Promise<{ map: L.Map; features: PlaceFeature[] }> {
  const url = new URLSearchParams(window.location.search).get('data') ?? '';
  const dataset = JSON.parse(await (await fetch(url)).text()) as Dataset;
  const features = dataset.features;
  const container = document.getElementById('map');
  if (container === null) throw new Error('the page has no #map');
  const map = L.map(container, { minZoom: 1, maxZoom: 18, zoomSnap: 0.5, ...options });
  const focus = features.filter((feature) => feature.properties.focus);
  const framed = focus.length > 0 ? focus : features;
  const bounds = L.latLngBounds(
    framed.map(
      ({
        geometry: {
          coordinates: [lon, lat],
        },
      }) => [lat, lon],
    ),
  );
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [36, 36], maxZoom: 8, animate: false });
  else map.setView([20, 0], 2);
  return { map, features };
}

export function latLngOf(feature: PlaceFeature): L.LatLngTuple {
  const [lon, lat] = feature.geometry.coordinates;
  return [lat, lon];
}
