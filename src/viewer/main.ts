import './page.css';
import { createViewer } from './create-viewer.js';
import type { BasemapMode } from './basemap.js';

/**
 * The full viewer page (index.html): reads the page's own URL (`?basemap=offline`,
 * `?tiles=<url template>`, `#place=<id>`) and shows the article's map in #newsmap.
 */
const DEFAULT_DATASET = 'data/blinken-beijing-talks-2023.geojson';
const BASEMAP_MODES: readonly BasemapMode[] = ['auto', 'tiles', 'offline'];

function basemapFrom(value: string | null): BasemapMode | undefined {
  return BASEMAP_MODES.find((mode) => mode === value);
}

/** A tile URL template from the query, only if it is an http(s) template with {z}, {x} and {y}. */
function tileUrlFrom(value: string | null): string | undefined {
  if (value === null || !/^https?:\/\//.test(value)) return undefined;
  return ['{z}', '{x}', '{y}'].every((part) => value.includes(part)) ? value : undefined;
}

/** Another dataset of this site (`?data=data/<name>.geojson`, as `newsmap serve` prints); nothing else. */
function datasetFrom(value: string | null): string | undefined {
  return value !== null && /^data\/[A-Za-z0-9._-]+\.geojson$/.test(value) ? value : undefined;
}

const container = document.getElementById('newsmap');
if (container !== null) {
  const query = new URLSearchParams(window.location.search);
  createViewer(container, {
    datasetUrl: datasetFrom(query.get('data')) ?? container.dataset['dataset'] ?? DEFAULT_DATASET,
    basemap: basemapFrom(query.get('basemap')),
    tileUrl: tileUrlFrom(query.get('tiles')),
    layout: 'full',
    syncUrl: true,
    embed: {
      embedPage: new URL('embed.html', window.location.href).href,
      hostScript: new URL('embed.js', window.location.href).href,
    },
  });
}
