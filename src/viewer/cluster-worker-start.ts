import type { ClusterRequest, ZoomLevels } from './cluster-messages.js';

/** A cluster worker, and whether it has failed (its script did not load, it threw). */
export interface OpenedClusterWorker {
  worker: Worker;
  hasFailed(): boolean;
}

/** A cluster worker already indexing. */
export interface StartedClusterWorker extends OpenedClusterWorker {
  /**
   * Starts another worker, indexing the deep zoom levels (see SHALLOW_MAX_ZOOM) of the same
   * places, or of those `keep` marks.
   */
  startDeepLevels(keep?: Uint8Array): StartedClusterWorker | undefined;
}

/**
 * A cluster worker with nothing to index yet; undefined when no worker can start: a page
 * embedding the viewer from another origin may not start ours. Opened as a large dataset's
 * download begins, it has fetched and compiled its script by the time the places are read.
 */
export function openClusterWorker(): OpenedClusterWorker | undefined {
  let worker: Worker;
  try {
    // Built next to the viewer's chunks (ENTRY_POINTS in esbuild.config.mjs).
    worker = new Worker(new URL('./cluster-worker.js', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  let failed = false;
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    failed = true;
  });
  return { worker, hasFailed: () => failed };
}

/** How a cluster worker starts: which levels, of which places, in which worker. */
export interface ClusterWorkerStart {
  levels?: ZoomLevels;
  /** `keep[i]` 0 leaves place i out (the date filter). */
  keep?: Uint8Array | undefined;
  /** The worker opened for it, or a new one. */
  opened?: OpenedClusterWorker | undefined;
  /** Whether `opened` already holds the places, sent as they arrived (see arriving-cluster-points.ts). */
  holdsPlaces?: boolean;
}

/**
 * Has a cluster worker index the places (`[lon0, lat0, lon1, lat1, ...]`), handed to it now
 * unless it holds them already, while the page fetches the code that draws the clusters.
 * Undefined when no worker can start.
 */
export function startClusterWorker(
  coordinates: Float64Array,
  {
    levels = 'shallow',
    keep,
    opened = openClusterWorker(),
    holdsPlaces = false,
  }: ClusterWorkerStart = {},
): StartedClusterWorker | undefined {
  if (opened === undefined) return undefined;
  // A copy, not a transfer: the page keeps the coordinates for the main-thread fallback.
  const load: ClusterRequest = holdsPlaces
    ? { kind: 'load', levels }
    : { kind: 'load', coordinates, levels, ...(keep && { keep }) };
  opened.worker.postMessage(load);
  return {
    ...opened,
    startDeepLevels: (kept) => startClusterWorker(coordinates, { levels: 'deep', keep: kept }),
  };
}
