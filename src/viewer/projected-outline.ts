import * as L from './leaflet.js';
import type { Position } from 'geojson';

/** The parts of Leaflet's paths and canvas renderer that its typings leave out. */
interface PathInternals {
  /** Null once the path has left the map. */
  _map?: L.Map | null;
  _renderer: {
    _drawing?: boolean;
    _ctx?: CanvasRenderingContext2D;
    _bounds?: L.Bounds;
    _fillStroke(ctx: CanvasRenderingContext2D, layer: L.Path): void;
  };
  _pxBounds?: L.Bounds;
}

/** A ring or line as `[x0, y0, x1, y1, ...]` in the CRS's pixels at zoom 0, with its box. */
interface FlatRing {
  points: Float64Array;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

// A vertex this close to the last one drawn adds nothing a reader could see.
const MIN_STEP_PX = 0.5;

function flatten(crs: L.CRS, ring: Position[]): FlatRing {
  const points = new Float64Array(ring.length * 2);
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  ring.forEach(([lon = 0, lat = 0], i) => {
    const { x, y } = crs.latLngToPoint(L.latLng(lat, lon), 0);
    points[i * 2] = x;
    points[i * 2 + 1] = y;
    box.minX = Math.min(box.minX, x);
    box.minY = Math.min(box.minY, y);
    box.maxX = Math.max(box.maxX, x);
    box.maxY = Math.max(box.maxY, y);
  });
  return { points, ...box };
}

/**
 * Many polygons, or many lines, drawn by Leaflet's canvas renderer as one path, straight from
 * coordinates projected once, at zoom 0, into flat arrays. Leaflet's own polygons project every
 * vertex again at each zoom, into a new point object each, then simplify them: for the offline
 * base map's 80,000 points that took 200 to 400 ms on adding it and over 100 ms on each zoom.
 * One Leaflet path per island or border line still cost a zoom's end 20 to 30 ms at 1,500 of
 * them (each projected, styled and filled apart); as one path, a zoom scales and shifts the
 * numbers as it draws, allocating nothing, and skips the rings outside the canvas. Rings can
 * be added while it is on the map, so that a large outline is built over several tasks. It
 * takes no pointer events (the base map is not interactive).
 */
export class ProjectedOutline extends L.Path {
  private readonly crs: L.CRS;
  private readonly rings: FlatRing[] = [];
  private readonly box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  private scale = 1;
  private offset = L.point(0, 0);

  /** `closed`: polygons, filled; otherwise lines. */
  constructor(crs: L.CRS, closed: boolean, options: L.PathOptions) {
    super();
    L.setOptions(this, { fill: closed, ...options, interactive: false });
    this.crs = crs;
  }

  /**
   * Adds polygons' rings or lines, as GeoJSON positions (longitude first), and draws them over
   * what the canvas shows. Not by Leaflet's redraw, which would draw every ring added so far
   * again: added a few rings a task, the base map then cost 20 to 30 ms a frame as it came.
   */
  add(rings: Position[][]): void {
    const added = rings.map((ring) => flatten(this.crs, ring));
    for (const flat of added) {
      this.rings.push(flat);
      this.box.minX = Math.min(this.box.minX, flat.minX);
      this.box.minY = Math.min(this.box.minY, flat.minY);
      this.box.maxX = Math.max(this.box.maxX, flat.maxX);
      this.box.maxY = Math.max(this.box.maxY, flat.maxY);
    }
    this._project();
    this.draw(added);
  }

  /** Called by Leaflet on every zoom: where zoom-0 pixels now fall on the renderer's canvas. */
  _project(): void {
    const internals = this as unknown as PathInternals;
    const map = internals._map;
    if (!map) return;
    this.scale = this.crs.scale(map.getZoom()) / this.crs.scale(0);
    this.offset = map.getPixelOrigin();
    if (this.rings.length === 0) return;
    const { box } = this;
    internals._pxBounds = L.bounds(
      this.toCanvas(box.minX, box.minY),
      this.toCanvas(box.maxX, box.maxY),
    );
  }

  /** Leaflet clips and simplifies its paths here on every move; there is nothing to redo. */
  _update(): void {
    return undefined;
  }

  /** Leaflet's redraw of the canvas, after a move or a zoom. */
  _updatePath(): void {
    if ((this as unknown as PathInternals)._renderer._drawing === true) this.draw(this.rings);
  }

  private draw(rings: readonly FlatRing[]): void {
    const { _map: map, _renderer: renderer } = this as unknown as PathInternals;
    const ctx = renderer._ctx;
    const canvas = renderer._bounds;
    if (!map || ctx === undefined || canvas === undefined) return;
    const { scale } = this;
    const { x: offsetX, y: offsetY } = this.offset;
    const { x: left = 0, y: top = 0 } = canvas.min ?? {};
    const { x: right = 0, y: bottom = 0 } = canvas.max ?? {};
    ctx.beginPath();
    for (const ring of rings) {
      const outside =
        ring.maxX * scale - offsetX < left ||
        ring.minX * scale - offsetX > right ||
        ring.maxY * scale - offsetY < top ||
        ring.minY * scale - offsetY > bottom;
      if (outside) continue;
      const flat = ring.points;
      let lastX = Number.NaN;
      let lastY = Number.NaN;
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const x = (flat[i] ?? 0) * scale - offsetX;
        const y = (flat[i + 1] ?? 0) * scale - offsetY;
        // A GeoJSON ring ends on its first point, so drawing the last closes it. Not closePath(),
        // which in Chromium takes time growing with the path: 40 ms a draw over 1,500 rings.
        const last = i + 2 >= flat.length;
        if (i === 0) ctx.moveTo(x, y);
        else if (last || Math.abs(x - lastX) >= MIN_STEP_PX || Math.abs(y - lastY) >= MIN_STEP_PX)
          ctx.lineTo(x, y);
        else continue;
        lastX = x;
        lastY = y;
      }
    }
    renderer._fillStroke(ctx, this);
  }

  private toCanvas(x: number, y: number): L.Point {
    return L.point(x * this.scale - this.offset.x, y * this.scale - this.offset.y);
  }
}
