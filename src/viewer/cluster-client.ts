import type { ClusterIndex } from './cluster-index.js';
import type { ClusterRequest, ClusterResponse, LonLatBox } from './cluster-messages.js';
import type { StartedClusterWorker } from './cluster-worker-start.js';

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
    import('./cluster-index.js').then(({ createClusterIndex }) =>
      createClusterIndex(coordinates, keep),
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

/**
 * Asks the started cluster worker (see cluster-worker-start.ts) about the places
 * (`[lon0, lat0, lon1, lat1, ...]`), and answers on the main thread instead if there is no
 * worker or it fails.
 */
export function createClusterClient(
  coordinates: Float64Array,
  started: StartedClusterWorker | undefined,
): ClusterClient {
  if (started === undefined || started.hasFailed()) {
    started?.worker.terminate();
    return inlineClient(coordinates);
  }
  const { worker } = started;

  const pending = new Map<number, Pending>();
  let nextRequest = 1;
  let fallback: ClusterClient | undefined;
  let keep: Uint8Array | undefined;

  worker.addEventListener('message', (event: MessageEvent<ClusterResponse>) => {
    const settle = pending.get(event.data.request);
    pending.delete(event.data.request);
    settle?.(event.data);
  });
  worker.addEventListener('error', () => {
    // The worker script could not load or threw: answer everything from the main thread.
    worker.terminate();
    fallback ??= inlineClient(coordinates, keep);
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
    if (fallback !== undefined) return retry(fallback);
    const id = nextRequest++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, (response) => {
        const value = read(response);
        if (value !== undefined) resolve(value);
        else if (fallback !== undefined) resolve(retry(fallback));
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
    reload(kept) {
      keep = kept;
      // Answered in order: every query sent after this sees the new index.
      if (fallback !== undefined) fallback.reload(kept);
      else post({ kind: 'load', coordinates, ...(kept === undefined ? {} : { keep: kept }) });
    },
    dispose() {
      worker.terminate();
      pending.clear();
    },
  };
}
