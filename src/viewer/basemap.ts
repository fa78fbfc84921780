import * as L from './leaflet.js';
import { StrictTileLayer, canFillTileTemplate } from './strict-tile-layer.js';

export type BasemapMode = 'auto' | 'tiles' | 'offline';

export interface BasemapOptions {
  mode: BasemapMode;
  tileUrl: string;
  tileAttribution: string;
  /** Called with a short notice for the reader when the tiles fail or the base map cannot load. */
  onNotice: (notice: string) => void;
}

export interface Basemap {
  remove(): void;
}

// Tiles that have not shown one image by then are treated as unreachable.
const TILE_WATCHDOG_MS = 4000;
const BASEMAP_PANE = 'newsmapBasemap';

/**
 * The map's background: raster tiles, the bundled offline map, or tiles that hand over to the
 * offline map when the first tile fails or none has loaded after a few seconds. Markers are
 * drawn independently of it, so they never wait for tiles.
 */
export function addBasemap(map: L.Map, options: BasemapOptions): Basemap {
  const container = map.getContainer();
  let removed = false;
  let tiles: L.TileLayer | undefined;
  let offline: L.Layer | undefined;
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  if (map.getPane(BASEMAP_PANE) === undefined) {
    // Above the tile pane (200), below vector overlays such as a place's extent (400).
    const pane = map.createPane(BASEMAP_PANE);
    pane.classList.add('nm-basemap-pane');
  }

  const showOffline = async () => {
    container.classList.add('nm-offline');
    const { addOfflineBasemap } = await import('./offline-basemap.js');
    if (removed) return;
    offline = addOfflineBasemap(map, BASEMAP_PANE);
  };

  const noticeOfflineFailure = () => options.onNotice('The offline base map could not be loaded.');

  const fallBack = (reason: string) => {
    if (removed || tiles === undefined) return;
    clearTimeout(watchdog);
    tiles.remove();
    tiles = undefined;
    options.onNotice(`${reason}; showing the built-in offline map.`);
    void showOffline().catch(noticeOfflineFailure);
  };

  if (options.mode === 'offline') {
    void showOffline().catch(noticeOfflineFailure);
  } else if (!canFillTileTemplate(options.tileUrl)) {
    options.onNotice('The map tile address cannot be used; showing the built-in offline map.');
    void showOffline().catch(noticeOfflineFailure);
  } else {
    let loadedOne = false;
    tiles = new StrictTileLayer(options.tileUrl, {
      attribution: options.tileAttribution,
      referrerPolicy: 'strict-origin-when-cross-origin',
      crossOrigin: false,
    });
    tiles.on('tileload', () => {
      loadedOne = true;
      clearTimeout(watchdog);
    });
    if (options.mode === 'auto') {
      tiles.on('tileerror', () => {
        if (!loadedOne) fallBack('Map tiles could not be loaded');
      });
      watchdog = setTimeout(() => {
        if (!loadedOne) fallBack('Map tiles are taking too long to load');
      }, TILE_WATCHDOG_MS);
    }
    tiles.addTo(map);
  }

  return {
    remove() {
      removed = true;
      clearTimeout(watchdog);
      tiles?.remove();
      offline?.remove();
      container.classList.remove('nm-offline');
    },
  };
}
