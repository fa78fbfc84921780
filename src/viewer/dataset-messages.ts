import type { Dataset } from '../schema/dataset-schema.js';
import type { DatasetIssue } from '../schema/dataset-issue.js';

/** Page -> dataset worker: fetch, parse and validate the dataset at this absolute URL. */
export interface DatasetRequest {
  url: string;
}

/** Dataset worker -> page: the valid dataset, its issues, or why it could not be read. */
export type DatasetReply =
  | { kind: 'valid'; dataset: Dataset }
  // From the worker, the checked JSON text: the page parses it natively, far faster than
  // the structured clone of a large object graph.
  | { kind: 'valid-text'; text: string }
  | { kind: 'invalid'; issues: DatasetIssue[] }
  | { kind: 'unavailable'; message: string };
