import type { Dataset } from '../schema/dataset-schema.js';
import type { ClusterIndexStart, IndexWorker } from './cluster-index-start.js';
import type { PlaceCompactor } from './compact-arriving-places.js';
import type { DatasetUnavailable } from './dataset-download.js';
import type { DatasetReply, DatasetRequest, DatasetVerdict } from './dataset-messages.js';
import type { DatasetResult } from './load-dataset.js';
import { readDatasetInPieces } from './read-arriving-dataset.js';

/**
 * What the page's first script lends this chunk. Imported here instead, they would be split
 * out of that script into a chunk of their own: one more request before the first paint.
 */
export interface PageReading {
  toResult(reply: DatasetReply): DatasetResult;
  /** Reads a dataset's text on the page, as a small one is. */
  readTextInPage(text: Promise<string | DatasetReply>): Promise<DatasetResult>;
  startClusterIndexFor(
    value: unknown,
    worker?: IndexWorker,
    points?: Float64Array,
  ): ClusterIndexStart | undefined;
  isPoint(value: unknown): value is [number, number];
  decodeBody(bytes: Promise<ArrayBuffer>): Promise<string | DatasetUnavailable>;
  unavailable(error: unknown): DatasetUnavailable;
}

function startWorker(): Worker | undefined {
  try {
    // Built next to the viewer's chunks (ENTRY_POINTS in esbuild.config.mjs).
    return new Worker(new URL('./dataset-worker.js', import.meta.url), { type: 'module' });
  } catch {
    // A page of another origin may not start a worker from this script's origin.
    return undefined;
  }
}

/**
 * The body of a response that declares its size, read as it arrives into one buffer of that
 * size. `Response.arrayBuffer()` gathered a million places' 450 MB on the page's main thread in
 * tasks of up to 1.4 s, then took 1.9 s more to join them. A body longer than it declared is
 * still read whole, and one shorter comes back at its own length.
 */
export async function readBodyOfSize(response: Response, size: number): Promise<ArrayBuffer> {
  if (response.body === null) return new ArrayBuffer(0);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(size);
  } catch {
    // A size no buffer can hold was declared: the body grows from nothing to its own.
    bytes = new Uint8Array(0);
  }
  let length = 0;
  const chunks = response.body.getReader();
  for (;;) {
    const chunk = await chunks.read();
    if (chunk.done) break;
    if (length + chunk.value.length > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, length + chunk.value.length));
      grown.set(bytes.subarray(0, length));
      bytes = grown;
    }
    bytes.set(chunk.value, length);
    length += chunk.value.length;
  }
  return length === bytes.length ? bytes.buffer : bytes.slice(0, length).buffer;
}

/** The worker's verdict; undefined if the worker failed (its script did not load, it threw). */
function verdictOf(
  worker: Worker,
  request: DatasetRequest,
  signal: AbortSignal,
): Promise<DatasetVerdict | undefined> {
  return new Promise((resolve) => {
    const stop = () => worker.terminate();
    const settle = (verdict: DatasetVerdict | undefined) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      resolve(verdict);
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.addEventListener('message', (event: MessageEvent<DatasetVerdict>) => settle(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      settle(undefined);
    });
    // Handed over, not copied: the page keeps the text it has decoded.
    worker.postMessage(request, [request.bytes]);
  });
}

/** The page's own parse of the dataset: its value when the text is JSON, and the cluster index begun on it. */
interface OwnParse {
  value: unknown;
  clusterIndex: ClusterIndexStart | undefined;
}

/**
 * Parsed in pieces, in slices of the page's time (one parse of 440 MB took seconds), its places
 * compacted as they are read when the compactor's chunk is here.
 */
async function parseOnPage(
  text: string,
  page: PageReading,
  compactor: PlaceCompactor | undefined,
): Promise<OwnParse> {
  const read = await readDatasetInPieces([text], undefined, compactor?.add);
  try {
    // A text handed back whole is no FeatureCollection, or no JSON at all.
    const value: unknown = 'value' in read ? read.value : JSON.parse(read.text);
    const points = compactor?.pointsOf(value);
    return { value, clusterIndex: page.startClusterIndexFor(value, undefined, points) };
  } catch {
    // Not JSON: the worker's verdict says where.
    return { value: undefined, clusterIndex: undefined };
  }
}

/**
 * Reads a dataset too large to validate on the page: the worker validates the downloaded bytes
 * while the page parses its own decoded copy and starts the cluster index, all of which is
 * ready when the verdict comes. Without a worker, or when it fails, the page reads the dataset
 * itself.
 */
export async function readLargeDataset(
  body: Promise<ArrayBuffer>,
  signal: AbortSignal,
  page: PageReading,
): Promise<DatasetResult> {
  const worker = startWorker();
  if (worker === undefined) return page.readTextInPage(page.decodeBody(body));
  // Fetched beside the download; the map does without it.
  const compacting = import('./compact-arriving-places.js').catch(() => undefined);
  let bytes: ArrayBuffer;
  try {
    bytes = await body;
  } catch (error) {
    worker.terminate();
    return page.toResult(page.unavailable(error));
  }
  const text = new TextDecoder().decode(bytes);
  const verdict = verdictOf(worker, { bytes }, signal);
  const compactor = (await compacting)?.createPlaceCompactor(page.isPoint);
  const own = await parseOnPage(text, page, compactor);
  const checked = await verdict;
  if (checked?.kind === 'checked')
    return { ok: true, dataset: own.value as Dataset, clusterIndex: own.clusterIndex };
  own.clusterIndex?.worker?.worker.terminate();
  return checked === undefined
    ? page.readTextInPage(Promise.resolve(text))
    : page.toResult(checked);
}
