import * as L from './leaflet.js';

// The placeholders Leaflet fills in a tile URL; any other `{name}` makes it throw while drawing.
const FILLED_PLACEHOLDERS = new Set(['s', 'x', 'y', 'z', 'r', '-y']);
// Leaflet's own pattern for a placeholder (Util.template).
const PLACEHOLDER = /\{ *([\w_ -]+) *\}/g;

/**
 * Whether Leaflet can fill every placeholder of a tile URL template:
 * `https://tile.openstreetmap.org/{z}/{x}/{y}.png` can, `https://a.example/{z}/{x}/{y}.png?{key}`
 * cannot (Leaflet throws "No value provided for variable {key}" on every tile, and the map stops).
 */
export function canFillTileTemplate(template: string): boolean {
  return [...template.matchAll(PLACEHOLDER)].every(([, name]) =>
    FILLED_PLACEHOLDERS.has(name?.trim() ?? ''),
  );
}

interface TileRecord {
  el: HTMLElement;
  coords: L.Coords;
}

// Leaflet's GridLayer keeps these private; the types declare only some of them.
interface GridLayerInternals {
  _tiles: Record<string, TileRecord>;
  _tileZoom?: number;
  _removeTile(this: L.GridLayer, key: string): void;
}

/** Stops a tile's download and forgets its load and error listeners, so it reports nothing. */
function cancelDownload(tile: HTMLElement): void {
  L.offDomEvents(tile);
  tile.removeAttribute('src');
}

/**
 * A tile layer for pages with a strict Content-Security-Policy. Leaflet 1.9 cancels the download
 * of a tile it no longer needs by pointing the image at a `data:` GIF (`L.Util.emptyImageUrl`,
 * which its bundled build reads from a private variable, so reassigning it changes nothing);
 * under an `img-src` without `data:` each cancel is a policy violation. This layer cancels by
 * removing the image's `src` instead. Everything else is Leaflet's TileLayer.
 */
export class StrictTileLayer extends L.TileLayer {
  protected override _abortLoading(): void {
    const internals = this as unknown as GridLayerInternals;
    for (const [key, tile] of Object.entries(internals._tiles)) {
      const image = tile.el as HTMLImageElement;
      if (tile.coords.z === internals._tileZoom || image.complete) continue;
      cancelDownload(image);
      image.remove();
      Reflect.deleteProperty(internals._tiles, key);
      this.fire('tileabort', { tile: image, coords: tile.coords });
    }
  }

  /** Replaces TileLayer's `_removeTile`, which sets the `data:` GIF before GridLayer's removal. */
  _removeTile(key: string): void {
    const internals = this as unknown as GridLayerInternals;
    const tile = internals._tiles[key];
    if (tile !== undefined) cancelDownload(tile.el);
    (L.GridLayer.prototype as unknown as GridLayerInternals)._removeTile.call(this, key);
  }
}
