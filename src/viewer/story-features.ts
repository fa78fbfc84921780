import './story.css';
import type * as L from './leaflet.js';
import type { Dataset, PlaceFeature } from '../schema/dataset-schema.js';
import { afterNextPaint } from './after-next-paint.js';
import { element } from './dom.js';
import { createStripFold } from './story-strip-fold.js';
import { loadLazyStylesheet } from './lazy-stylesheet.js';
import type { StoryPanels } from './story-panels.js';
import type { ViewerEvents } from './viewer-events.js';
import type { ViewerLayoutParts } from './viewer-layout.js';

export interface StoryFeatures {
  /** Connects the features to the map once it exists, framed and with its markers and list. */
  attach(map: StoryMapParts): void;
  /**
   * Opens a story step by id (a `#step=` link), without animation. False if there is no such
   * step, or while the story code is still loading: the step then opens once it has loaded.
   */
  openStep(id: string): boolean;
  /** The buttons a place's popup shows under its heading: "Read in the article". */
  popupActions(feature: PlaceFeature): HTMLElement[];
  /** Whether the place list is where the reader is looking (so it may scroll to the open place). */
  listInView(button: HTMLElement): boolean;
  remove(): void;
}

export interface StoryFeaturesContext {
  root: HTMLElement;
  layout: ViewerLayoutParts;
  dataset: Dataset;
  /** Finds a place by its id, for the whole viewer: a scan, as a reader opens one place. */
  placeById: (id: string) => PlaceFeature | undefined;
  events: ViewerEvents;
  ids: (name: string) => string;
  announce: (text: string) => void;
  /**
   * Puts a story step in the page's URL (`#step=`), or takes it out; nothing when the viewer
   * does not follow the URL. This and `locate` are handed to the story panels rather than
   * imported there: a module that both the first script and a later chunk import is split out
   * of the first script into a file of its own, one more request before the first marker.
   */
  writeStep: (id: string | undefined) => void;
  /** Where a place's marker stands, and the area it covers if it has an extent. */
  locate: (feature: PlaceFeature) => { latLng: L.LatLng; bounds: L.LatLngBounds | undefined };
  reduceMotion: boolean;
}

export interface StoryMapParts {
  map: L.Map;
  /** Settles once the first markers are on the map. */
  markersDrawn: Promise<void>;
  /** Opens a place (its marker, list item and popup) as if the reader had chosen it. */
  openPlace: (id: string, moveFocus: boolean, returnFocus?: () => HTMLElement | undefined) => void;
  /** Shows only the places in `visible` on the map and in the list (all when undefined). */
  filterPlaces: (visible: ReadonlySet<string> | undefined) => void;
}

/**
 * The story features of a viewer (story-panels.ts: the article, timeline, story mode, date
 * filter and journeys), loaded as a chunk of their own so that the map and its markers never
 * wait for them. Mounted before the map is created: the strip under the map is reserved at
 * once (story.css), so that the map is framed no larger than it will be. Until the
 * chunk arrives, a `#step=` link and "Read in the article" are held and then carried out.
 */
export function mountStoryFeatures(context: StoryFeaturesContext): StoryFeatures {
  const dated = context.dataset.features.some((feature) => feature.properties.events.length > 0);
  const strip = element('section', `nm-story-bar${dated ? ' nm-story-bar--loading' : ''}`);
  strip.setAttribute('aria-label', 'The story in time');
  const body = element('div', 'nm-story-bar__body');
  body.id = context.ids('story-body');
  let panels: StoryPanels | undefined;
  let parts: StoryMapParts | undefined;
  /**
   * Keeps what the reader sees as the strip folds or unfolds: the map's centre, so that the
   * framed places stay clear of its edges; or, with a popup open near the top, its top.
   */
  const keepMapView = (change: () => void) => {
    const map = parts?.map;
    const before = map?.getContainer().clientHeight;
    change();
    if (map === undefined || before === undefined) return;
    map.invalidateSize({ pan: false });
    if (map.getContainer().querySelector('.leaflet-popup') !== null) return;
    map.panBy([0, (before - map.getSize().y) / 2], { animate: false });
  };
  const fold = createStripFold(strip, body, keepMapView);
  strip.append(fold.toggle, body);
  context.root.append(strip);
  let pendingStep: string | undefined;
  let removed = false;
  let attached: (map: StoryMapParts) => void = () => undefined;
  const markersDrawn = new Promise<StoryMapParts>((resolve) => {
    attached = resolve;
  }).then((map) => map.markersDrawn);
  // Built beside the viewer's chunks (ENTRY_POINTS in esbuild.config.mjs).
  const stylesheet = new URL('./story-panels.css', import.meta.url).href;
  // Asked for only once the markers are on screen: fetched at once, the chunk and its
  // stylesheet came before the first paint, and compiling and applying them held it back.
  const loaded = markersDrawn
    .then(afterNextPaint)
    .then(() =>
      Promise.all([import('./story-panels.js'), loadLazyStylesheet(context.root, stylesheet)]),
    )
    .then(([{ mountStoryPanels }]) => mountStoryPanels(context, body))
    .then((mounted) => {
      // Removed meanwhile (a viewer removed before its story was sorted).
      if (removed) {
        mounted.remove();
        return undefined;
      }
      panels = mounted;
      strip.classList.remove('nm-story-bar--loading');
      if (parts !== undefined) panels.attach(parts);
      if (pendingStep !== undefined) panels.openStep(pendingStep);
      pendingStep = undefined;
      return panels;
    });
  loaded.catch((error: unknown) => {
    context.announce('The article and the timeline could not be loaded.');
    console.error(error);
  });

  return {
    attach(map) {
      parts = map;
      attached(map);
      panels?.attach(map);
    },
    openStep(id) {
      // A story step shown by a link is read in the strip: it unfolds.
      fold.setExpanded(true);
      if (panels !== undefined) return panels.openStep(id);
      pendingStep = id;
      return false;
    },
    popupActions(feature) {
      if (feature.properties.mentions.length === 0) return [];
      const read = element('button', 'nm-button nm-read-article', 'Read in the article');
      read.type = 'button';
      read.dataset['placeId'] = feature.id;
      read.addEventListener('click', () => {
        void loaded.then((ready) => ready?.readPlace(feature));
      });
      return [read];
    },
    listInView: (button) => panels?.listInView(button) ?? true,
    remove() {
      removed = true;
      panels?.remove();
      panels = undefined;
      fold.remove();
      strip.remove();
    },
  };
}
