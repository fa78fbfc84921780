import 'leaflet/dist/leaflet.css';
import './viewer.css';
import { element } from './dom.js';
import {
  fetchDataset,
  readDatasetObject,
  type DatasetProblem,
  type DatasetResult,
} from './load-dataset.js';
import { mountStoryMap, type StoryMap } from './story-map.js';
import { placeIdFromHash, stepIdFromHash } from './url-state.js';
import { createViewerEvents, type ViewerEventName, type ViewerListener } from './viewer-events.js';
import { resolveViewerOptions, type ViewerOptions } from './viewer-options.js';

export interface ViewerHandle {
  /**
   * Opens a place's popup (without moving focus); false if the id names no place. Called before
   * the data has loaded, it returns false and opens the place once it has.
   */
  openPlace(id: string): boolean;
  closePlace(): void;
  /** Listens for places opening or closing; returns the function that stops listening. */
  on<E extends ViewerEventName>(event: E, listener: ViewerListener<E>): () => void;
  /** Removes every element, listener and timer the viewer added. */
  destroy(): void;
  /**
   * Settles once the map is drawn (its markers painted, the base map and the place list
   * there), or the reason it cannot be is shown. Never rejects.
   */
  readonly ready: Promise<void>;
}

// Element ids must be unique in a page that holds several viewers.
let viewerCount = 0;

function loadDataset(
  options: ReturnType<typeof resolveViewerOptions>,
  signal: AbortSignal,
): Promise<DatasetResult> {
  if (options.dataset !== undefined) return Promise.resolve(readDatasetObject(options.dataset));
  if (options.datasetUrl !== undefined) return fetchDataset(options.datasetUrl, signal);
  return Promise.resolve({
    ok: false,
    problem: { kind: 'unavailable', message: 'no dataset or datasetUrl was given' },
  });
}

/**
 * Shows an article's map in `container`: the base map, a marker per place, the place list
 * and a popup per place. Everything it adds lives under one `.newsmap` element and goes away
 * with `destroy()`; it sets no globals, so viewers on one page stay independent.
 */
export function createViewer(container: HTMLElement, options: ViewerOptions = {}): ViewerHandle {
  const settings = resolveViewerOptions(options);
  viewerCount += 1;
  const prefix = `newsmap-${viewerCount}`;
  const ids = (name: string) => `${prefix}-${name}`;
  const events = createViewerEvents();
  const abort = new AbortController();

  const root = element('div', `newsmap newsmap--${settings.layout}`);
  const live = element('div', 'nm-sr-only');
  live.setAttribute('aria-live', 'polite');
  const status = element('p', 'nm-status', 'Loading the map…');
  root.append(live, status);
  container.append(root);

  let story: StoryMap | undefined;
  let destroyed = false;
  let requested = settings.place;

  const placeInUrl = () => (settings.syncUrl ? placeIdFromHash(window.location.hash) : undefined);
  // A story step (`#step=`) names one event; it wins over the place it opens.
  const stepInUrl = () => (settings.syncUrl ? stepIdFromHash(window.location.hash) : undefined);
  const onHashChange = () => {
    const step = stepInUrl();
    if (step !== undefined && story?.openStep(step)) return;
    const id = placeInUrl();
    if (id === undefined) story?.closePlace();
    else if (id !== story?.openPlaceId()) story?.openPlace(id, false);
  };
  if (settings.syncUrl) window.addEventListener('hashchange', onHashChange);

  // Only a page whose data cannot be shown needs the problem view's code.
  const showProblem = async (problem: DatasetProblem) => {
    const { createDatasetProblemView } = await import('./dataset-problem-view.js');
    const view = await createDatasetProblemView(problem);
    if (destroyed) return;
    root.append(view);
    status.remove();
  };

  const ready = loadDataset(settings, abort.signal)
    .then(async (result) => {
      if (destroyed) {
        if (result.ok) result.clusterIndex?.worker?.worker.terminate();
        return;
      }
      if (!result.ok) {
        await showProblem(result.problem);
        return;
      }
      status.remove();
      story = mountStoryMap({
        root,
        dataset: result.dataset,
        clusterIndex: result.clusterIndex,
        options: settings,
        events,
        ids,
        announce: (text) => {
          live.textContent = text;
        },
      });
      const step = stepInUrl();
      if (step === undefined || !story.openStep(step)) {
        const first = placeInUrl() ?? requested;
        if (first !== undefined) story.openPlace(first, false);
      }
      await story.painted;
    })
    .catch(async (error: unknown) => {
      if (destroyed) return;
      const message = error instanceof Error ? error.message : String(error);
      console.error(error);
      await showProblem({ kind: 'unavailable', message });
    });

  return {
    openPlace(id) {
      if (story === undefined) {
        requested = id;
        return false;
      }
      return story.openPlace(id, false);
    },
    closePlace() {
      requested = undefined;
      story?.closePlace();
    },
    on: (event, listener) => events.on(event, listener),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      abort.abort();
      window.removeEventListener('hashchange', onHashChange);
      story?.remove();
      story = undefined;
      events.clear();
      root.remove();
    },
    ready,
  };
}
