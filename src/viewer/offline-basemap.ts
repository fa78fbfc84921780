import * as L from './leaflet.js';
import { Canvas } from './leaflet-canvas.js';
import countries50m from 'world-atlas/countries-50m.json';
import { offlineBasemapShapes, type WorldTopology } from './offline-basemap-shapes.js';
import { ProjectedOutline } from './projected-outline.js';
import { runInSlices } from './run-in-slices.js';

/**
 * The bundled base map: Natural Earth 1:50m land, coastlines and country borders (from
 * world-atlas), drawn on one canvas under the markers. This module and its data are a chunk
 * of their own, fetched only when the viewer needs them (see basemap.ts).
 */
export const OFFLINE_ATTRIBUTION =
  'Base map: <a href="https://www.naturalearthdata.com/">Natural Earth</a> via world-atlas';

const topology = countries50m as unknown as WorldTopology;

// Land in a warm off-white with a darker coast; borders in a muted violet that reads as a line, not a road.
const LAND_STYLE: L.PathOptions = {
  color: '#9e9684',
  weight: 0.8,
  fillColor: '#f4f0e6',
  fillOpacity: 1,
};
const BORDER_STYLE: L.PathOptions = { color: '#8f84a0', weight: 0.8, opacity: 1 };

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
class CanvasOutlivedByItsRedraw extends Canvas {
  _redraw(): void {
    const canvas = this as unknown as CanvasInternals;
    if (canvas._ctx === undefined) {
      canvas._redrawRequest = null;
      return;
    }
    (Canvas.prototype as unknown as CanvasInternals)._redraw.call(this);
  }
}

/**
 * Adds the offline base map to `map`, on one canvas in `pane`, and returns it (to remove it).
 * Its polygons and lines are decoded and projected once, as they are added (see
 * offline-basemap-shapes.ts and ProjectedOutline), a part at a time in slices, so that no task
 * of adding them is long: the land first, under the borders.
 */
export function addOfflineBasemap(map: L.Map, pane: string): L.Layer {
  const renderer = new CanvasOutlivedByItsRedraw({ pane, padding: 0.5 });
  const crs = map.options.crs ?? L.CRS.EPSG3857;
  // Two paths on one canvas: the land, then the borders over it.
  const land = new ProjectedOutline(crs, true, { ...LAND_STYLE, renderer });
  const borders = new ProjectedOutline(crs, false, { ...BORDER_STYLE, renderer });
  const shapes = offlineBasemapShapes(topology);
  const parts: (() => void)[] = [
    ...shapes.land.map((rings) => () => land.add(rings())),
    // Finding the borders is a step of its own, which then queues a part per line.
    () => {
      for (const line of shapes.borders()) parts.push(() => borders.add([line()]));
    },
  ];
  const basemap = L.layerGroup([land, borders], { attribution: OFFLINE_ATTRIBUTION }).addTo(map);
  let next = 0;
  void runInSlices(() => {
    const part = parts[next];
    if (part === undefined || !map.hasLayer(basemap)) return true;
    part();
    next += 1;
    return false;
  });
  return basemap;
}
