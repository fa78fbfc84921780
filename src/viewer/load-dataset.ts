import type { Dataset } from '../schema/dataset-schema.js';
import { DatasetError } from '../schema/dataset-issue.js';
import { startClusterIndexFor, type ClusterIndexStart } from './cluster-index-start.js';
import { openDatasetResponse, readBodyText, unavailable } from './dataset-download.js';
import type { DatasetReply, DatasetRequest, DatasetVerdict } from './dataset-messages.js';

/** Why there is no map to show: an invalid dataset (with its issues) or a failed download. */
export type DatasetProblem =
  { kind: 'invalid'; error: DatasetError } | { kind: 'unavailable'; message: string };

export type DatasetResult =
  | { ok: true; dataset: Dataset; clusterIndex?: ClusterIndexStart | undefined }
  | { ok: false; problem: DatasetProblem };

// Up to this size (by Content-Length) a dataset is validated on the page: starting the worker
// and loading its code would take longer than the validation itself (an article's few dozen
// places take a few milliseconds, 2,500 generated places with their events under 100 ms).
// Anything larger, or of unknown size, goes to the worker.
const READ_IN_PAGE_MAX_BYTES = 1024 * 1024;

function toResult(reply: DatasetReply): DatasetResult {
  if (reply.kind === 'valid') return { ok: true, dataset: reply.dataset };
  if (reply.kind === 'invalid')
    return { ok: false, problem: { kind: 'invalid', error: new DatasetError(reply.issues) } };
  return { ok: false, problem: { kind: 'unavailable', message: reply.message } };
}

// The validator is a chunk of its own, which the page's first script never waits for.
const readInPage = () => import('./read-dataset.js');

/** Validates a dataset given as an object. Never rejects for bad data. */
export async function readDatasetObject(input: object): Promise<DatasetResult> {
  const { readDatasetValue } = await readInPage();
  return toResult(readDatasetValue(input));
}

async function readTextInPage(text: Promise<string | DatasetReply>): Promise<DatasetResult> {
  const [read, { readDatasetText }] = await Promise.all([text, readInPage()]);
  const result = toResult(typeof read === 'string' ? readDatasetText(read) : read);
  return result.ok ? { ...result, clusterIndex: startClusterIndexFor(result.dataset) } : result;
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

/** The worker's verdict; undefined if the worker failed (its script did not load, it threw). */
function verdictOf(
  worker: Worker,
  bytes: ArrayBuffer,
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
    const request: DatasetRequest = { bytes };
    // Handed over, not copied: the page keeps the text it has decoded.
    worker.postMessage(request, [bytes]);
  });
}

/** The page's own parse of the dataset: its value when the text is JSON, and the cluster index begun on it. */
interface OwnParse {
  value: unknown;
  clusterIndex: ClusterIndexStart | undefined;
}

function parseOnPage(text: string): OwnParse {
  try {
    const value: unknown = JSON.parse(text);
    return { value, clusterIndex: startClusterIndexFor(value) };
  } catch {
    // Not JSON: the worker's verdict says where.
    return { value: undefined, clusterIndex: undefined };
  }
}

/**
 * A large dataset: the worker validates the downloaded bytes while the page parses its own
 * decoded copy and starts the cluster index, all of which is ready when the verdict comes.
 */
async function readWithWorker(
  worker: Worker,
  response: Response,
  signal: AbortSignal,
): Promise<DatasetResult> {
  // Fetched beside the download, and only for a large dataset; the map does without it.
  const compacting = import('./compact-large-dataset.js').catch(() => undefined);
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    worker.terminate();
    return toResult(unavailable(error));
  }
  const text = new TextDecoder().decode(bytes);
  const verdict = verdictOf(worker, bytes, signal);
  const own = parseOnPage(text);
  // While the worker validates, the page would otherwise be idle.
  await (await compacting)?.compactLargeDataset(own.value, own.clusterIndex?.coordinates);
  const checked = await verdict;
  if (checked?.kind === 'checked')
    return { ok: true, dataset: own.value as Dataset, clusterIndex: own.clusterIndex };
  own.clusterIndex?.worker?.worker.terminate();
  return checked === undefined ? readTextInPage(Promise.resolve(text)) : toResult(checked);
}

/**
 * Downloads and validates a dataset: a small one on the page, a large one in a worker when the
 * page may start one. Never rejects: every failure comes back as a problem.
 */
export async function fetchDataset(url: string, signal: AbortSignal): Promise<DatasetResult> {
  // Requested beside the download, not after it: most datasets are read on the page.
  void readInPage();
  const response = await openDatasetResponse(url, signal);
  if (!(response instanceof Response)) return toResult(response);
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  const worker = length <= READ_IN_PAGE_MAX_BYTES ? undefined : startWorker();
  if (worker === undefined) return readTextInPage(readBodyText(response));
  return readWithWorker(worker, response, signal);
}
