import type { BasemapMode } from './basemap.js';
import type { EmbedLinks } from '../embed/embed-snippet.js';

export type ViewerLayout = 'full' | 'compact';

export interface ViewerOptions {
  dataset?: object;
  datasetUrl?: string;
  place?: string;
  basemap?: BasemapMode;
  tileUrl?: string;
  tileAttribution?: string;
  layout?: ViewerLayout;
  syncUrl?: boolean;
  embed?: EmbedLinks;
}

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Every option's default; `resolveViewerOptions` fills in what the caller leaves out. */
export const DEFAULT_VIEWER_OPTIONS = {
  // The dataset as an object (validated like a fetched one); wins over datasetUrl.
  dataset: undefined as object | undefined,
  // Where to fetch the dataset's GeoJSON when no object is given.
  datasetUrl: undefined as string | undefined,
  // The id of the place to open first; a `#place=` in the URL wins when syncUrl is on.
  place: undefined as string | undefined,
  // 'auto': tiles, handing over to the bundled map if they fail; 'tiles' or 'offline' only.
  basemap: 'auto' as BasemapMode,
  // Raster tile URL template (Leaflet syntax); OpenStreetMap's standard tiles by default.
  tileUrl: OSM_TILE_URL,
  // Attribution for the tiles, as trusted HTML written by the page author (never dataset text).
  tileAttribution:
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  // 'full': side panel or bottom sheet; 'compact': for small frames, the panel and story strip start folded.
  layout: 'full' as ViewerLayout,
  // Whether the page's URL follows the open place (`#place=<id>`); only the top-level page should.
  syncUrl: false,
  // This site's embed.html and embed.js: given, the map offers "Embed this map" (its snippet).
  embed: undefined as EmbedLinks | undefined,
};

export type ResolvedViewerOptions = typeof DEFAULT_VIEWER_OPTIONS;

export function resolveViewerOptions(options: ViewerOptions): ResolvedViewerOptions {
  const defined = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  );
  return { ...DEFAULT_VIEWER_OPTIONS, ...defined };
}
