import type { Dataset } from '../schema/dataset-schema.js';
import type { DatasetIssue } from '../schema/dataset-issue.js';
import { startClusterIndexFor, type ClusterIndexStart } from './cluster-index-start.js';
import { openDatasetResponse, readBodyText, unavailable } from './dataset-download.js';
import type { DatasetReply } from './dataset-messages.js';

/** Why there is no map to show: an invalid dataset (with its issues) or a failed download. */
export type DatasetProblem =
  { kind: 'invalid'; issues: DatasetIssue[] } | { kind: 'unavailable'; message: string };

export type DatasetResult =
  | { ok: true; dataset: Dataset; clusterIndex?: ClusterIndexStart | undefined }
  | { ok: false; problem: DatasetProblem };

// Up to this size (by Content-Length) a dataset is validated on the page: starting the worker
// and loading its code would take longer than the validation itself (an article's few dozen
// places take a few milliseconds, 2,500 generated places with their events under 100 ms).
// Anything larger, or of unknown size, goes to the worker (read-large-dataset.ts).
const READ_IN_PAGE_MAX_BYTES = 1024 * 1024;

function toResult(reply: DatasetReply): DatasetResult {
  if (reply.kind === 'valid') return { ok: true, dataset: reply.dataset };
  if (reply.kind === 'invalid')
    return { ok: false, problem: { kind: 'invalid', issues: reply.issues } };
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
  // Its own chunk: an article's page never needs it.
  const large =
    length > READ_IN_PAGE_MAX_BYTES || Number.isNaN(length)
      ? await import('./read-large-dataset.js').catch(() => undefined)
      : undefined;
  if (large === undefined) return readTextInPage(readBodyText(response));
  return large.readLargeDataset(response, signal, {
    toResult,
    readTextInPage,
    startClusterIndexFor,
    unavailable,
  });
}
