import './embed-page.css';
import type { BasemapMode } from '../viewer/basemap.js';
import { mountEmbeddedViewer } from './embedded-viewer.js';
import { connectToParent } from './height-reporter.js';

/**
 * dist/embed.html, the page inside a newsroom's iframe: the compact viewer, opening the place
 * in `#place=<id>` and following the reader's choice there, telling the parent page the height
 * it needs and the place the reader opened (see embed-messages.ts), with `?basemap=offline`
 * to keep every request on this site.
 */
const BASEMAP_MODES: readonly BasemapMode[] = ['auto', 'tiles', 'offline'];
const MAP_HEIGHT = '--nm-embed-map-height';
// The map never gets less than a 16:9 box (nor 200 px): a map too small to use is worse than
// a page that outgrows the box the snippet reserved.
const MIN_MAP_RATIO = 9 / 16;
const MIN_MAP_HEIGHT = 200;

/**
 * Sizes the map so that the page, as it first appears, fills the 4:3 box the snippet reserves
 * (no layout shift in the host page): the map gets what the width's 3/4 leaves after the rest
 * of the viewer. Until the reader first touches the page, parts that arrive late are fitted
 * too; after that, only a new width refits, since what the reader unfolds should make the page
 * taller (the host script then grows the frame). Never from the frame's own height, which
 * follows this page's and would feed back.
 */
function fitToReservedBox(page: HTMLElement, mapElement: HTMLElement): void {
  let width = -1;
  let untouched = true;
  const fit = () => {
    const current = document.documentElement.clientWidth;
    if (current === width && !untouched) return;
    width = current;
    const rest = page.getBoundingClientRect().height - mapElement.getBoundingClientRect().height;
    const floor = Math.max(MIN_MAP_HEIGHT, current * MIN_MAP_RATIO);
    const height = Math.round(Math.max(floor, (current * 3) / 4 - rest));
    document.documentElement.style.setProperty(MAP_HEIGHT, `${height}px`);
  };
  const touched = () => {
    untouched = false;
  };
  document.addEventListener('pointerdown', touched, { capture: true, once: true });
  document.addEventListener('keydown', touched, { capture: true, once: true });
  new ResizeObserver(fit).observe(page);
  new ResizeObserver(fit).observe(document.documentElement);
}

const container = document.getElementById('newsmap');
if (container !== null) {
  const basemap = BASEMAP_MODES.find(
    (mode) => mode === new URLSearchParams(window.location.search).get('basemap'),
  );
  const map = mountEmbeddedViewer(
    container,
    { datasetUrl: container.dataset['dataset'], basemap, layout: 'compact' },
    {
      syncUrl: true,
      embed: {
        embedPage: new URL('embed.html', window.location.href).href,
        hostScript: new URL('embed.js', window.location.href).href,
      },
    },
  );
  void map.ready.then(() => {
    const mapElement = container.querySelector<HTMLElement>('.nm-map');
    if (mapElement !== null) fitToReservedBox(container, mapElement);
  });
  const parent = connectToParent(document.documentElement);
  map.on('open', ({ id }) => parent.postPlace(id));
  map.on('close', () => parent.postPlace(null));
}
