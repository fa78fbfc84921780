import type { ClusterRequest, ZoomLevels } from './cluster-messages.js';

/** A cluster worker already indexing, and whether it has failed (its script did not load, it threw). */
export interface StartedClusterWorker {
  worker: Worker;
  hasFailed(): boolean;
  /**
   * Starts another worker, indexing the deep zoom levels (see SHALLOW_MAX_ZOOM) of the same
   * places, or of those `keep` marks.
   */
  startDeepLevels(keep?: Uint8Array): StartedClusterWorker | undefined;
}

/**
 * Starts a cluster worker and hands it the places (`[lon0, lat0, lon1, lat1, ...]`) at once,
 * so that it fetches its script and indexes `levels` while the page fetches the code that
 * draws the clusters. Undefined when no worker can start: a page embedding the viewer from
 * another origin may not start ours.
 */
export function startClusterWorker(
  coordinates: Float64Array,
  levels: ZoomLevels = 'shallow',
  keep?: Uint8Array,
): StartedClusterWorker | undefined {
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
  // A copy, not a transfer: the page keeps the coordinates for the main-thread fallback.
  const load: ClusterRequest = { kind: 'load', coordinates, levels, ...(keep && { keep }) };
  worker.postMessage(load);
  return {
    worker,
    hasFailed: () => failed,
    startDeepLevels: (kept) => startClusterWorker(coordinates, 'deep', kept),
  };
}
