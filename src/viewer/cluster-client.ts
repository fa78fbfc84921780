import type { ClusterIndex } from './cluster-index.js';
import {
  levelsAt,
  levelsOfCluster,
  type ClusterRequest,
  type ClusterResponse,
  type LonLatBox,
  type ZoomLevels,
} from './cluster-messages.js';
import type { StartedClusterWorker } from './cluster-worker-start.js';
import { whenPageIdle } from './when-page-idle.js';

/** The cluster index seen from the page: every answer arrives later, wherever it was computed. */
export interface ClusterClient {
  query(box: LonLatBox, zoom: number): Promise<Float64Array>;
  expansionZoom(clusterId: number): Promise<number>;
  /** Indexes only the places `keep` marks (see ClusterRequest), or all of them again. */
  reload(keep: Uint8Array | undefined): void;
  dispose(): void;
}

type Pending = (response: ClusterResponse) => void;

/** The index on the main thread, loaded on demand: the fallback when no worker runs. */
function inlineClient(coordinates: Float64Array, initialKeep?: Uint8Array): ClusterClient {
  const load = (keep: Uint8Array | undefined): Promise<ClusterIndex> =>
    import('./split-cluster-index.js').then(({ createSplitClusterIndex }) =>
      createSplitClusterIndex(coordinates, keep),
    );
  let index = load(initialKeep);
  return {
    query: async (box, zoom) => (await index).query(box, zoom),
    expansionZoom: async (clusterId) => (await index).expansionZoom(clusterId),
    reload(keep) {
      index = load(keep);
    },
    dispose: () => undefined,
  };
}

/** The main thread's index, which answers everything once a worker has failed. */
interface Fallback {
  current(): ClusterClient | undefined;
  takeOver(): ClusterClient;
}

/** The load request of a worker indexing `levels` of the places `keep` marks, or of all. */
function loadRequest(
  coordinates: Float64Array,
  levels: ZoomLevels,
  keep: Uint8Array | undefined,
): ClusterRequest {
  return { kind: 'load', coordinates, levels, ...(keep === undefined ? {} : { keep }) };
}

/** Asks one worker about its side of the split zoom levels, or the fallback once one failed. */
function workerClient(
  started: StartedClusterWorker,
  coordinates: Float64Array,
  levels: ZoomLevels,
  fallback: Fallback,
): ClusterClient {
  const { worker } = started;
  const pending = new Map<number, Pending>();
  let nextRequest = 1;

  worker.addEventListener('message', (event: MessageEvent<ClusterResponse>) => {
    const settle = pending.get(event.data.request);
    pending.delete(event.data.request);
    settle?.(event.data);
  });
  worker.addEventListener('error', () => {
    // The worker script could not load or threw: answer everything from the main thread.
    worker.terminate();
    fallback.takeOver();
    const waiting = [...pending.values()];
    pending.clear();
    for (const settle of waiting) settle({ kind: 'failed', request: 0, message: 'worker failed' });
  });
  const post = (request: ClusterRequest) => worker.postMessage(request);

  const ask = <T>(
    request: (id: number) => ClusterRequest,
    read: (response: ClusterResponse) => T | undefined,
    retry: (client: ClusterClient) => Promise<T>,
  ): Promise<T> => {
    const mainThread = fallback.current();
    if (mainThread !== undefined) return retry(mainThread);
    const id = nextRequest++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, (response) => {
        const value = read(response);
        const taken = fallback.current();
        if (value !== undefined) resolve(value);
        else if (taken !== undefined) resolve(retry(taken));
        else reject(new Error(response.kind === 'failed' ? response.message : 'unexpected answer'));
      });
      post(request(id));
    });
  };

  return {
    query: (box, zoom) =>
      ask(
        (request) => ({ kind: 'query', request, box, zoom }),
        (response) => (response.kind === 'clusters' ? response.items : undefined),
        (client) => client.query(box, zoom),
      ),
    expansionZoom: (clusterId) =>
      ask(
        (request) => ({ kind: 'expand', request, clusterId }),
        (response) => (response.kind === 'expansion' ? response.zoom : undefined),
        (client) => client.expansionZoom(clusterId),
      ),
    reload(keep) {
      // Answered in order: every query sent after this sees the new index.
      post(loadRequest(coordinates, levels, keep));
    },
    dispose() {
      worker.terminate();
      pending.clear();
    },
  };
}

/**
 * Asks the started cluster worker (see cluster-worker-start.ts), which indexes the shallow zoom
 * levels, about the places. A second worker indexes the deep ones, started once the first
 * clusters are in and the page is idle, or as soon as a query needs them: neither the first
 * paint nor a later query at a shallow zoom waits for them (at a million places they take
 * seconds). The main thread answers instead if there is no worker or one fails.
 */
export function createClusterClient(
  coordinates: Float64Array,
  started: StartedClusterWorker | undefined,
): ClusterClient {
  if (started === undefined || started.hasFailed()) {
    started?.worker.terminate();
    return inlineClient(coordinates);
  }
  let keep: Uint8Array | undefined;
  let mainThread: ClusterClient | undefined;
  const fallback: Fallback = {
    current: () => mainThread,
    takeOver: () => (mainThread ??= inlineClient(coordinates, keep)),
  };
  const shallow = workerClient(started, coordinates, 'shallow', fallback);
  let deep: ClusterClient | undefined;
  const deepLevels = (): ClusterClient => {
    if (deep !== undefined) return deep;
    if (mainThread !== undefined) return mainThread;
    const deepWorker = started.startDeepLevels(keep);
    deep =
      deepWorker === undefined
        ? fallback.takeOver()
        : workerClient(deepWorker, coordinates, 'deep', fallback);
    return deep;
  };
  const side = (levels: ZoomLevels) => (levels === 'shallow' ? shallow : deepLevels());
  // Not at once: after a first paint the page still lays out its place list and its story, and
  // at a million places a second worker busy with its seconds of indexing left the page's
  // garbage collector one core of two, in collections of 135 to 179 ms.
  let cancelDeepStart: (() => void) | undefined;
  const startDeepWhenIdle = () => {
    cancelDeepStart ??= whenPageIdle(() => void deepLevels());
  };

  return {
    query: (box, zoom) => side(levelsAt(zoom)).query(box, zoom).finally(startDeepWhenIdle),
    expansionZoom: (clusterId) => side(levelsOfCluster(clusterId)).expansionZoom(clusterId),
    reload(kept) {
      keep = kept;
      if (mainThread !== undefined) mainThread.reload(kept);
      else for (const client of [shallow, deep]) client?.reload(kept);
    },
    dispose() {
      cancelDeepStart?.();
      shallow.dispose();
      deep?.dispose();
    },
  };
}
