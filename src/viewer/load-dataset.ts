import type { Dataset } from '../schema/dataset-schema.js';
import { DatasetError } from '../schema/dataset-issue.js';
import type { DatasetReply, DatasetRequest } from './dataset-messages.js';

/** Why there is no map to show: an invalid dataset (with its issues) or a failed download. */
export type DatasetProblem =
  { kind: 'invalid'; error: DatasetError } | { kind: 'unavailable'; message: string };

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; problem: DatasetProblem };

function toResult(reply: DatasetReply): DatasetResult {
  if (reply.kind === 'valid') return { ok: true, dataset: reply.dataset };
  // Checked by the worker: JSON.parse gives the same value the worker validated.
  if (reply.kind === 'valid-text') return { ok: true, dataset: JSON.parse(reply.text) as Dataset };
  if (reply.kind === 'invalid')
    return { ok: false, problem: { kind: 'invalid', error: new DatasetError(reply.issues) } };
  return { ok: false, problem: { kind: 'unavailable', message: reply.message } };
}

// The validator loads with the worker, or on demand on the page: never with the first paint.
const readInPage = () => import('./read-dataset.js');

/** Validates a dataset given as an object. Never rejects for bad data. */
export async function readDatasetObject(input: object): Promise<DatasetResult> {
  const { readDatasetValue } = await readInPage();
  return toResult(readDatasetValue(input));
}

/** Runs the request in the dataset worker; undefined when no worker can start (a page of another origin). */
function fetchInWorker(url: string, signal: AbortSignal): Promise<DatasetReply> | undefined {
  let worker: Worker;
  try {
    // Built next to the viewer's chunks (ENTRY_POINTS in esbuild.config.mjs).
    worker = new Worker(new URL('./dataset-worker.js', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  return new Promise((resolve, reject) => {
    const stop = () => worker.terminate();
    signal.addEventListener('abort', stop, { once: true });
    worker.addEventListener('message', (event: MessageEvent<DatasetReply>) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error('the dataset worker failed'));
    });
    const request: DatasetRequest = { url: new URL(url, document.baseURI).href };
    worker.postMessage(request);
  });
}

/**
 * Fetches and validates a dataset, in a worker when the page may start one and on the page
 * otherwise. Never rejects: every failure comes back as a problem.
 */
export async function fetchDataset(url: string, signal: AbortSignal): Promise<DatasetResult> {
  const inWorker = fetchInWorker(url, signal);
  if (inWorker !== undefined) {
    const reply = await inWorker.catch(() => undefined);
    if (reply !== undefined) return toResult(reply);
  }
  const { fetchAndReadDataset } = await readInPage();
  return toResult(await fetchAndReadDataset(url, signal));
}
