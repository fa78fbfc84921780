import { createViewer } from '../viewer/create-viewer.js';
import type { ViewerEventName, ViewerListener } from '../viewer/viewer-events.js';
import { enableCooperativeGestures } from './cooperative-gestures.js';
import type { EmbedLinks } from './embed-snippet.js';
import { removeIdleLeafletEvents } from './leaflet-globals.js';

// Leaflet stops listening to window when a drag ends (in this very event), and leaves its
// emptied ledger there: swept once the event is over.
const sweepAfterDrag = () => setTimeout(removeIdleLeafletEvents, 0);

export interface MountOptions {
  /** The dataset as an object (validated like a fetched one); wins over datasetUrl. */
  dataset?: object;
  /** Where to fetch the dataset's GeoJSON, relative to the page; it needs CORS if cross-origin. */
  datasetUrl?: string;
  /** The id of the place to open first, e.g. `matsu-islands`. */
  place?: string;
  /** 'auto' (tiles, falling back to the bundled map), 'tiles' or 'offline'. Default 'auto'. */
  basemap?: 'auto' | 'tiles' | 'offline';
  /** Raster tile URL template, `https://tile.example.org/{z}/{x}/{y}.png`. Default: OSM. */
  tileUrl?: string;
  /** Attribution for those tiles, as trusted HTML written by the page author. */
  tileAttribution?: string;
  /** 'compact' (default): the place list and the story strip fold under the map; 'full': a side panel when wide. */
  layout?: 'compact' | 'full';
  /**
   * 'cooperative' (default): the wheel zooms only once the map is clicked or focused, one
   * finger scrolls the page and two move the map. 'greedy': the map takes every gesture.
   */
  gestures?: 'cooperative' | 'greedy';
}

export interface MapHandle {
  /** Opens a place by id; false if there is none (before the data loads: opens it once loaded). */
  openPlace(id: string): boolean;
  closePlace(): void;
  /** Listens for `open` ({ id, name }) or `close` ({ id }); returns the function that stops it. */
  on<E extends ViewerEventName>(event: E, listener: ViewerListener<E>): () => void;
  /** Removes every node and listener the map added. Calling it twice is harmless. */
  destroy(): void;
  /** Settles when the map is drawn or the reason it cannot be is shown. Never rejects. */
  readonly ready: Promise<void>;
}

/**
 * The viewer as every embedding path shows it (module, element, iframe page): compact by
 * default, with cooperative gestures. Only the iframe page, which owns its URL, follows the
 * open place in it (`syncUrl`) and offers its own snippet (`embed`). `destroy()` takes out
 * everything it added to `frame`.
 */
export function mountEmbeddedViewer(
  frame: HTMLElement,
  options: MountOptions,
  { syncUrl = false, embed }: { syncUrl?: boolean; embed?: EmbedLinks } = {},
): MapHandle {
  const stopGestures =
    options.gestures === 'greedy' ? () => undefined : enableCooperativeGestures(frame);
  frame.addEventListener('pointerup', sweepAfterDrag);
  const viewer = createViewer(frame, {
    dataset: options.dataset,
    datasetUrl: options.datasetUrl,
    place: options.place,
    basemap: options.basemap,
    tileUrl: options.tileUrl,
    tileAttribution: options.tileAttribution,
    layout: options.layout ?? 'compact',
    syncUrl,
    embed,
  });
  let destroyed = false;
  return {
    openPlace: (id) => viewer.openPlace(id),
    closePlace: () => viewer.closePlace(),
    on: (event, listener) => viewer.on(event, listener),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      viewer.destroy();
      stopGestures();
      frame.removeEventListener('pointerup', sweepAfterDrag);
      removeIdleLeafletEvents();
    },
    ready: viewer.ready,
  };
}
