import type { Dataset } from '../schema/dataset-schema.js';
import type { DatasetIssue } from '../schema/dataset-issue.js';
import type { ArrivingClusterPoints, ClusterIndexing } from './arriving-cluster-points.js';
import { isPoint, startClusterIndexFor, type ClusterIndexStart } from './cluster-index-start.js';
import { openClusterWorker } from './cluster-worker-start.js';
import {
  declaredTextBytes,
  decodeBody,
  openDatasetResponse,
  unavailable,
} from './dataset-download.js';
import type { DatasetReply } from './dataset-messages.js';

/** Why there is no map to show: an invalid dataset (with its issues) or a failed download. */
export type DatasetProblem =
  { kind: 'invalid'; issues: DatasetIssue[] } | { kind: 'unavailable'; message: string };

export type DatasetResult =
  | { ok: true; dataset: Dataset; clusterIndex?: ClusterIndexStart | undefined }
  | { ok: false; problem: DatasetProblem };

// Up to this size of text a dataset is read on the page: parsed once, its cluster index
// started, then validated in slices of the page's time while a worker indexes it. At
// 100,000 generated places (44 MB) that drew the map in 1,162 ms (median of seven loads)
// against 1,321 for the dataset worker with valibot in the same A/B; the same checks in the
// worker gained only 62 ms in another, its parse of its own copy competing with the page's for
// two cores. Anything larger goes to that worker (read-large-dataset.ts): from 250,000 places
// the page spends the worker's time making its parse smaller.
export const READ_IN_PAGE_MAX_BYTES = 64 * 1024 * 1024;

// From this size of text a dataset read on the page is read as it arrives: parsing 44 MB
// (100,000 places) whole froze the page for 0.3 to 0.5 s, read as it arrived its longest
// task was under 0.1 s, and the map came no later. Below it, where a whole parse takes less
// than the 50 ms of a long task (4.5 MB: 30 to 40 ms), the text is parsed at once: reading
// 10,000 places as they arrived drew them 31 ms later (median of seven loads each).
export const READ_AS_IT_ARRIVES_FROM = 8 * 1024 * 1024;

const readsAsItArrives = (textBytes: number) =>
  textBytes >= READ_AS_IT_ARRIVES_FROM && textBytes <= READ_IN_PAGE_MAX_BYTES;

function toResult(reply: DatasetReply): DatasetResult {
  if (reply.kind === 'valid') return { ok: true, dataset: reply.dataset };
  if (reply.kind === 'invalid')
    return { ok: false, problem: { kind: 'invalid', issues: reply.issues } };
  return { ok: false, problem: { kind: 'unavailable', message: reply.message } };
}

/** How this page indexes clusters, lent to the chunk that reads a dataset as it arrives. */
export const clusterIndexing: ClusterIndexing = {
  openWorker: openClusterWorker,
  startFor: startClusterIndexFor,
  isPoint,
};

// The validator is a chunk of its own, which the page's first script never waits for; the
// built pages preload it (DATASET_MODULES in esbuild.config.mjs), mount() asks for it here.
const readInPage = () => import('./read-dataset.js');

/**
 * Validates a parsed dataset on the page, in slices of its time, its cluster index started
 * first so that the clusters are ready when the verdict is.
 */
async function readValueInPage(
  value: unknown,
  shapedPlaces = 0,
  arrivingPoints?: ArrivingClusterPoints,
): Promise<DatasetResult> {
  const { readDatasetValueInSlices } = await readInPage();
  const clusterIndex = arrivingPoints ? arrivingPoints.start(value) : startClusterIndexFor(value);
  const result = toResult(await readDatasetValueInSlices(value, shapedPlaces));
  if (!result.ok) clusterIndex?.worker?.worker.terminate();
  return result.ok ? { ...result, clusterIndex } : result;
}

/** Validates a dataset given as an object. Never rejects for bad data. */
export function readDatasetObject(input: object): Promise<DatasetResult> {
  return readValueInPage(input);
}

async function readTextInPage(
  text: Promise<string | DatasetReply>,
  arrivingPoints?: ArrivingClusterPoints,
): Promise<DatasetResult> {
  const [read, { readJsonText }] = await Promise.all([text, readInPage()]);
  const parsed = typeof read === 'string' ? readJsonText(read) : read;
  if ('value' in parsed) return readValueInPage(parsed.value, 0, arrivingPoints);
  arrivingPoints?.close();
  return toResult(parsed);
}

/**
 * Reads a large dataset on the page as it arrives (see read-arriving-dataset.ts): parsed, and
 * its places' shapes checked, while the rest downloads, never in one long task. Its places'
 * points go to the cluster worker as they are read (see arriving-cluster-points.ts).
 */
async function readArrivingInPage(response: Response): Promise<DatasetResult> {
  const isPlaceShaped = readInPage().then((read) => read.isPlaceShaped);
  const [arriving, points] = await Promise.all([
    import('./read-arriving-dataset.js').catch(() => undefined),
    import('./arriving-cluster-points.js').then(
      (module) => module.arrivingClusterPoints(clusterIndexing),
      () => undefined,
    ),
  ]);
  if (arriving === undefined) return readTextInPage(decodeBody(response.arrayBuffer()), points);
  try {
    const arrived = await arriving.readDatasetInPieces(
      arriving.arrivingText(response),
      isPlaceShaped,
      points?.add,
    );
    return 'value' in arrived
      ? readValueInPage(arrived.value, arrived.shapedPlaces, points)
      : readTextInPage(Promise.resolve(arrived.text), points);
  } catch (error) {
    points?.close();
    return toResult(unavailable(error));
  }
}

// Its own chunk: an article's page never needs it.
const readLarge = () => import('./read-large-dataset.js').catch(() => undefined);

/**
 * Downloads and validates a dataset: on the page up to READ_IN_PAGE_MAX_BYTES, a larger one in
 * a worker when the page may start one. Never rejects: every failure comes back as a problem.
 */
export async function fetchDataset(url: string, signal: AbortSignal): Promise<DatasetResult> {
  // Requested beside the download, not after it: most datasets are read on the page.
  void readInPage();
  const response = await openDatasetResponse(url, signal);
  if (!(response instanceof Response)) return toResult(response);
  const declared = declaredTextBytes(response);
  if (readsAsItArrives(declared)) return readArrivingInPage(response);
  // One read of the body, whichever way it goes: as text on the page, or as bytes to a worker.
  const body =
    declared > READ_IN_PAGE_MAX_BYTES
      ? readLarge().then((large) =>
          large ? large.readBodyOfSize(response, declared) : response.arrayBuffer(),
        )
      : response.arrayBuffer();
  // A cut-off download is told where the body is read; until then it is no unhandled rejection.
  body.catch(() => undefined);
  // Under READ_AS_IT_ARRIVES_FROM, or none, the declared size may not be the text's: a server
  // that compresses as it sends declares none, nor do most that send a compressed copy (see
  // declaredTextBytes), and a page of another origin not shown the response's Content-Encoding
  // takes the compressed size for it. The body's own, once it is here.
  const size =
    declared > READ_IN_PAGE_MAX_BYTES
      ? declared
      : await body.then(
          (bytes) => bytes.byteLength,
          () => 0,
        );
  // Here whole, and read in pieces all the same: at 44 MB, parsed at once, its longest task
  // was 0.78 to 0.83 s; in pieces, 0.14 to 0.18 s (the one in which the body arrived).
  if (readsAsItArrives(size)) return readArrivingInPage(new Response(await body));
  const large = size > READ_IN_PAGE_MAX_BYTES ? await readLarge() : undefined;
  if (large === undefined) return readTextInPage(decodeBody(body));
  return large.readLargeDataset(body, signal, {
    toResult,
    readTextInPage,
    startClusterIndexFor,
    isPoint,
    decodeBody,
    unavailable,
  });
}
