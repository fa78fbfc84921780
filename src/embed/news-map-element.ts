import { mountEmbeddedViewer, type MapHandle, type MountOptions } from './embedded-viewer.js';
import { attachShadowFrame } from './shadow-frame.js';

const BASEMAPS = ['auto', 'tiles', 'offline'] as const;
// Changing one of these draws the map anew; `place` only opens or closes a place.
const REDRAWN_BY = ['src', 'basemap', 'tiles', 'layout', 'gestures'] as const;

export const OPEN_EVENT = 'newsmap:open';
export const CLOSE_EVENT = 'newsmap:close';

/**
 * `<news-map src="data/article.geojson" place="matsu-islands"></news-map>`: the map as an
 * HTML element. Attributes: `src` (the dataset's URL), `place` (the open place's id),
 * `basemap` (auto | tiles | offline), `tiles` (a tile URL template), `layout` (compact | full),
 * `gestures` (cooperative | greedy). Changing an attribute updates the map. Whatever the
 * element holds (the static picture of the map) is its fallback: shown without JavaScript,
 * hidden behind the map's shadow root with it. It fires `newsmap:open` ({ id, name }) and
 * `newsmap:close` ({ id }) as the reader opens and closes places.
 */
export class NewsMapElement extends HTMLElement {
  static readonly observedAttributes = ['place', ...REDRAWN_BY];
  #map: MapHandle | undefined;
  #frame: HTMLElement | undefined;

  connectedCallback(): void {
    this.#draw();
  }

  disconnectedCallback(): void {
    this.#clear();
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (this.#map === undefined || previous === value) return;
    if (name !== 'place') {
      this.#draw();
      return;
    }
    if (value === null || value === '') this.#map.closePlace();
    else this.#map.openPlace(value);
  }

  #options(): MountOptions {
    const basemap = BASEMAPS.find((mode) => mode === this.getAttribute('basemap'));
    const layout = this.getAttribute('layout');
    return {
      datasetUrl: this.getAttribute('src') ?? undefined,
      place: this.getAttribute('place') || undefined,
      basemap,
      tileUrl: this.getAttribute('tiles') ?? undefined,
      layout: layout === 'full' || layout === 'compact' ? layout : undefined,
      gestures: this.getAttribute('gestures') === 'greedy' ? 'greedy' : 'cooperative',
    };
  }

  #clear(): void {
    this.#map?.destroy();
    this.#frame?.remove();
    this.#map = undefined;
    this.#frame = undefined;
  }

  #draw(): void {
    this.#clear();
    this.#frame = attachShadowFrame(this);
    const map = mountEmbeddedViewer(this.#frame, this.#options());
    map.on('open', (detail) => this.dispatchEvent(new CustomEvent(OPEN_EVENT, { detail })));
    map.on('close', (detail) => this.dispatchEvent(new CustomEvent(CLOSE_EVENT, { detail })));
    this.#map = map;
  }
}

/** Registers `<news-map>`, once, however many times the script runs. */
export function defineNewsMapElement(name = 'news-map'): void {
  if (customElements.get(name) === undefined) customElements.define(name, NewsMapElement);
}
