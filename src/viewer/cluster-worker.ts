/// <reference lib="webworker" />
import type { PointFeature } from 'supercluster';
import { placePoints, type ClusterIndex, type PlaceRef } from './cluster-index.js';
import type { ClusterRequest, ClusterResponse } from './cluster-messages.js';
import { createLevelsIndex, indexLevels } from './split-cluster-index.js';

/**
 * A cluster worker: indexing a million places takes seconds, which would freeze the page if
 * done on the main thread. Each worker indexes one side of the split zoom levels (see
 * SHALLOW_MAX_ZOOM). Requests are answered in order, so a query sent after `load` always sees
 * the index.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let index: ClusterIndex | undefined;
// The places `add` brought, made points as they come rather than all at once on `load`.
let added: PointFeature<PlaceRef>[] = [];

function answer(request: ClusterRequest): ClusterResponse | undefined {
  if (request.kind === 'add') {
    for (const point of placePoints(request.coordinates, undefined, added.length))
      added.push(point);
    return undefined;
  }
  if (request.kind === 'load') {
    index =
      request.coordinates === undefined
        ? indexLevels(added, request.levels)
        : createLevelsIndex(request.coordinates, request.levels, request.keep);
    added = [];
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
};
