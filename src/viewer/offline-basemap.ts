import L from 'leaflet';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import countries50m from 'world-atlas/countries-50m.json';
import { runInSlices } from './run-in-slices.js';
import { unwrapRing } from './unwrap-ring.js';

/**
 * The bundled base map: Natural Earth 1:50m land, coastlines and country borders (from
 * world-atlas), drawn on one canvas under the markers. This module and its data are a chunk
 * of their own, fetched only when the viewer needs them (see basemap.ts).
 */
export const OFFLINE_ATTRIBUTION =
  'Base map: <a href="https://www.naturalearthdata.com/">Natural Earth</a> via world-atlas';

const topology = countries50m as unknown as Topology<{
  countries: GeometryCollection;
  land: GeometryCollection;
}>;

// Land in a warm off-white with a darker coast; borders in a muted violet that reads as a line, not a road.
const LAND_STYLE: L.PathOptions = {
  color: '#9e9684',
  weight: 0.8,
  fillColor: '#f4f0e6',
  fillOpacity: 1,
};
const BORDER_STYLE: L.PathOptions = { color: '#8f84a0', weight: 0.8, opacity: 1 };

/** The land, a feature for each of its polygons (an island, a continent). */
function landPolygons(): Feature[] {
  const land: Feature | FeatureCollection = feature(topology, topology.objects.land);
  const geometries = (land.type === 'FeatureCollection' ? land.features : [land]).map(
    (item) => item.geometry,
  );
  return geometries.flatMap((geometry) => {
    const polygons =
      geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : geometry.type === 'Polygon'
          ? [geometry.coordinates]
          : [];
    return polygons.map((rings) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: rings.map(unwrapRing) },
    }));
  });
}

/** The borders between countries, a feature for each line. */
function borderLines(): Feature[] {
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return borders.coordinates.map((line) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates: line },
  }));
}

/** The parts of Leaflet's canvas renderer that its typings leave out. */
interface CanvasInternals {
  _ctx?: CanvasRenderingContext2D;
  _redrawRequest: number | null;
  _redraw(): void;
}

/**
 * Leaflet's canvas renderer, except that a redraw it scheduled does nothing once its canvas is
 * gone. A <news-map> given another dataset while its map zooms can take the map out between
 * the frame in which a path asked for a redraw and the frame that runs it; Leaflet 1.9 then
 * throws on the missing drawing context (seen in tests/browser/embed-element.test.ts).
 */
class CanvasOutlivedByItsRedraw extends L.Canvas {
  _redraw(): void {
    const canvas = this as unknown as CanvasInternals;
    if (canvas._ctx === undefined) {
      canvas._redrawRequest = null;
      return;
    }
    (L.Canvas.prototype as unknown as CanvasInternals)._redraw.call(this);
  }
}

/**
 * Adds the offline base map to `map`, on a canvas in `pane`, and returns it (to remove it).
 * Leaflet projects and simplifies its 80,000 points as they are added: 200 to 400 ms, which in
 * one task would freeze the page just after the first paint. So the land's polygons and the
 * borders' lines are added a few at a time, in slices, the land first, so that it lies under
 * the borders.
 */
export function addOfflineBasemap(map: L.Map, pane: string): L.Layer {
  // GeoJSON passes these options to each polygon it makes, so one canvas draws them all.
  const shared: L.GeoJSONOptions & L.PolylineOptions = {
    renderer: new CanvasOutlivedByItsRedraw({ pane, padding: 0.5 }),
    interactive: false,
    // Leaflet would clip every coastline to the view on each move: over half the time of
    // adding this map (about 200 ms on a slow machine). The canvas leaves out what falls
    // outside it by itself.
    noClip: true,
  };
  const parts = [
    ...landPolygons().map((part) => ({ part, style: LAND_STYLE })),
    ...borderLines().map((part) => ({ part, style: BORDER_STYLE })),
  ];
  const basemap = L.layerGroup([], { attribution: OFFLINE_ATTRIBUTION }).addTo(map);
  let next = 0;
  // One part between two looks at the clock: the largest, Africa and Eurasia, takes tens of
  // milliseconds on its own.
  void runInSlices(() => {
    const { part, style } = parts[next] ?? {};
    if (part === undefined || !map.hasLayer(basemap)) return true;
    basemap.addLayer(L.geoJSON(part, { ...shared, style }));
    next += 1;
    return false;
  });
  return basemap;
}
