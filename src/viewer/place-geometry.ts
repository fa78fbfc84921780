import * as L from './leaflet.js';
import type { Extent, PlaceFeature } from '../schema/dataset-schema.js';

/**
 * An extent as Leaflet bounds. A box whose west exceeds its east crosses 180°; its east is
 * then moved past 180 so that Leaflet draws one box across the antimeridian, not one around
 * the rest of the world. `[170, -50, -170, -30]` -> `[[-50, 170], [-30, 190]]`.
 */
export function extentToBounds([west, south, east, north]: Extent): L.LatLngBounds {
  const unwrappedEast = west > east ? east + 360 : east;
  return L.latLngBounds([south, west], [north, unwrappedEast]);
}

/**
 * Where the place's marker stands: its point, moved by 360° when its extent crosses the
 * antimeridian and the point lies on the far side, so the marker sits inside the box drawn
 * by `extentToBounds`.
 */
export function markerLatLng(feature: PlaceFeature): L.LatLng {
  const [lon, lat] = feature.geometry.coordinates;
  const extent = feature.properties.extent;
  const crosses = extent !== undefined && extent[0] > extent[2];
  return L.latLng(lat, crosses && lon < extent[0] ? lon + 360 : lon);
}

/**
 * The frame the map opens on: the bounding box of the places the story is about, or of every
 * place when none is marked as focus. Undefined for an empty dataset. Leaflet's own bounds,
 * not turf's bbox: the map's first frame should not wait for turf's code.
 */
export function focusBounds(features: readonly PlaceFeature[]): L.LatLngBounds | undefined {
  const focus = features.filter((feature) => feature.properties.focus);
  const framed = focus.length > 0 ? focus : features;
  if (framed.length === 0) return undefined;
  return L.latLngBounds(
    framed.map(
      ({
        geometry: {
          coordinates: [lon, lat],
        },
      }) => [lat, lon],
    ),
  );
}
