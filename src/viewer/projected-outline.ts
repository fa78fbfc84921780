import * as L from './leaflet.js';
import type { Position } from 'geojson';

/** The parts of Leaflet's paths and canvas renderer that its typings leave out. */
interface PathInternals {
  _map: L.Map;
  _renderer: {
    _drawing?: boolean;
    _ctx?: CanvasRenderingContext2D;
    _fillStroke(ctx: CanvasRenderingContext2D, layer: L.Path): void;
  };
  _pxBounds?: L.Bounds;
}

// A vertex this close to the last one drawn adds nothing a reader could see.
const MIN_STEP_PX = 0.5;

/**
 * A polygon or a line drawn by Leaflet's canvas renderer straight from coordinates projected
 * once, at zoom 0, into flat arrays. Leaflet's own polygons project every vertex again at each
 * zoom, into a new point object each, then simplify them: for the offline base map's 80,000
 * points that took 200 to 400 ms on adding it and over 100 ms on each zoom, long tasks after the
 * first paint. This one scales and shifts the numbers as it draws, allocating nothing. It takes
 * no pointer events (the base map is not interactive).
 */
export class ProjectedOutline extends L.Path {
  /** Each ring or line as `[x0, y0, x1, y1, ...]`, in the CRS's pixels at zoom 0. */
  private readonly rings: Float64Array[];
  private readonly closed: boolean;
  private readonly box: L.Bounds;
  private scale = 1;
  private offset = L.point(0, 0);

  /** `rings`: the polygon's rings, or the line's one, as GeoJSON positions (longitude first). */
  constructor(crs: L.CRS, rings: Position[][], closed: boolean, options: L.PathOptions) {
    super();
    L.setOptions(this, { fill: closed, ...options, interactive: false });
    this.closed = closed;
    this.rings = rings.map((ring) => {
      const flat = new Float64Array(ring.length * 2);
      ring.forEach(([lon = 0, lat = 0], i) => {
        const point = crs.latLngToPoint(L.latLng(lat, lon), 0);
        flat[i * 2] = point.x;
        flat[i * 2 + 1] = point.y;
      });
      return flat;
    });
    const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    for (const flat of this.rings) {
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const [x = 0, y = 0] = [flat[i], flat[i + 1]];
        box.minX = Math.min(box.minX, x);
        box.minY = Math.min(box.minY, y);
        box.maxX = Math.max(box.maxX, x);
        box.maxY = Math.max(box.maxY, y);
      }
    }
    this.box = L.bounds([box.minX, box.minY], [box.maxX, box.maxY]);
  }

  /** Called by Leaflet on every zoom: where zoom-0 pixels now fall on the renderer's canvas. */
  _project(): void {
    const internals = this as unknown as PathInternals;
    const map = internals._map;
    const crs = map.options.crs ?? L.CRS.EPSG3857;
    this.scale = crs.scale(map.getZoom()) / crs.scale(0);
    this.offset = map.getPixelOrigin();
    const { min, max } = this.box;
    if (min === undefined || max === undefined) return;
    internals._pxBounds = L.bounds(this.toCanvas(min.x, min.y), this.toCanvas(max.x, max.y));
  }

  /** Leaflet clips and simplifies its paths here on every move; there is nothing to redo. */
  _update(): void {
    return undefined;
  }

  _updatePath(): void {
    const renderer = (this as unknown as PathInternals)._renderer;
    const ctx = renderer._ctx;
    if (renderer._drawing !== true || ctx === undefined) return;
    ctx.beginPath();
    for (const flat of this.rings) {
      let lastX = Number.NaN;
      let lastY = Number.NaN;
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const x = (flat[i] ?? 0) * this.scale - this.offset.x;
        const y = (flat[i + 1] ?? 0) * this.scale - this.offset.y;
        const last = i + 2 >= flat.length;
        if (i === 0) ctx.moveTo(x, y);
        else if (last || Math.abs(x - lastX) >= MIN_STEP_PX || Math.abs(y - lastY) >= MIN_STEP_PX)
          ctx.lineTo(x, y);
        else continue;
        lastX = x;
        lastY = y;
      }
      if (this.closed) ctx.closePath();
    }
    renderer._fillStroke(ctx, this);
  }

  private toCanvas(x: number, y: number): L.Point {
    return L.point(x * this.scale - this.offset.x, y * this.scale - this.offset.y);
  }
}
