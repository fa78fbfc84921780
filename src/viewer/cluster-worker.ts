/// <reference lib="webworker" />
import type { ClusterRequest, ClusterResponse } from './cluster-messages.js';
import { createStagedClusterIndex, type StagedClusterIndex } from './staged-cluster-index.js';

/**
 * The cluster worker: indexing a million places takes seconds, which would freeze the page
 * if done on the main thread. Requests are answered in order, so a query sent after `load`
 * always sees the index.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let index: StagedClusterIndex | undefined;

/**
 * Builds the index's deep levels once the first answer is on its way (the map is drawn by
 * then), unless other places came since.
 */
function completeAfterAnswer(answered: StagedClusterIndex): void {
  setTimeout(() => {
    if (index === answered) answered.complete();
  });
}

function answer(request: ClusterRequest): ClusterResponse | undefined {
  if (request.kind === 'load') {
    index = createStagedClusterIndex(request.coordinates, request.keep);
    return undefined;
  }
  if (index === undefined)
    return { kind: 'failed', request: request.request, message: 'no places loaded' };
  return request.kind === 'query'
    ? { kind: 'clusters', request: request.request, items: index.query(request.box, request.zoom) }
    : { kind: 'expansion', request: request.request, zoom: index.expansionZoom(request.clusterId) };
}

scope.onmessage = (event: MessageEvent<ClusterRequest>) => {
  const request = event.data;
  let response: ClusterResponse | undefined;
  try {
    response = answer(request);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    response = { kind: 'failed', request: 'request' in request ? request.request : 0, message };
  }
  if (response === undefined) return;
  if (response.kind === 'clusters') scope.postMessage(response, [response.items.buffer]);
  else scope.postMessage(response);
  if (index !== undefined) completeAfterAnswer(index);
};
