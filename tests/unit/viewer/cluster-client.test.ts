import { afterEach, describe, expect, test, vi } from 'vitest';
import { createClusterClient } from '../../../src/viewer/cluster-client.js';
import type { ClusterRequest, LonLatBox } from '../../../src/viewer/cluster-messages.js';
import type { StartedClusterWorker } from '../../../src/viewer/cluster-worker-start.js';

const WORLD: LonLatBox = [-180, -85, 180, 85];
const coordinates = new Float64Array([116.39, 39.91, 116.4, 39.9, 2.35, 48.86]);

/** A cluster worker that answers every query at once, with one item; counts deep starts. */
function fakeWorkers() {
  let deepStarts = 0;
  const started = (): StartedClusterWorker => {
    const worker = new EventTarget() as Worker;
    worker.postMessage = (request: ClusterRequest) => {
      if (request.kind !== 'query') return;
      const data = { kind: 'clusters', request: request.request, items: new Float64Array(4) };
      queueMicrotask(() => worker.dispatchEvent(Object.assign(new Event('message'), { data })));
    };
    worker.terminate = () => undefined;
    return {
      worker,
      hasFailed: () => false,
      startDeepLevels: () => {
        deepStarts += 1;
        return started();
      },
    };
  };
  return { shallow: started(), deepStarts: () => deepStarts };
}

/** The page's idle callbacks, held until a test lets the page be idle. */
function heldIdleCallbacks() {
  const waiting = new Map<number, () => void>();
  let next = 1;
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
    waiting.set(next, callback);
    return next++;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle));
  return {
    count: () => waiting.size,
    beIdle() {
      const callbacks = [...waiting.values()];
      waiting.clear();
      for (const callback of callbacks) callback();
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a cluster client', () => {
  test('starts the deep levels once the first clusters are in and the page is idle, once', async () => {
    const idle = heldIdleCallbacks();
    const workers = fakeWorkers();
    const client = createClusterClient(coordinates, workers.shallow);
    await client.query(WORLD, 2);
    await client.query(WORLD, 3);
    expect(workers.deepStarts()).toBe(0);
    expect(idle.count()).toBe(1);
    idle.beIdle();
    expect(workers.deepStarts()).toBe(1);
    await client.query(WORLD, 12);
    expect(workers.deepStarts()).toBe(1);
  });

  test('starts them at once for a query at a deep zoom, however busy the page', async () => {
    heldIdleCallbacks();
    const workers = fakeWorkers();
    const client = createClusterClient(coordinates, workers.shallow);
    await client.query(WORLD, 12);
    expect(workers.deepStarts()).toBe(1);
  });

  test('never starts them once it is disposed', async () => {
    const idle = heldIdleCallbacks();
    const workers = fakeWorkers();
    const client = createClusterClient(coordinates, workers.shallow);
    await client.query(WORLD, 2);
    client.dispose();
    expect(idle.count()).toBe(0);
    idle.beIdle();
    expect(workers.deepStarts()).toBe(0);
  });
});
