import type { Dataset } from '../schema/dataset-schema.js';
import type { DatasetIssue } from '../schema/dataset-issue.js';

/** Page -> dataset worker: validate the dataset downloaded as these bytes (UTF-8 JSON). */
export interface DatasetRequest {
  bytes: ArrayBuffer;
}

/** What reading a dataset gives: the valid dataset, its issues, or why it could not be read. */
export type DatasetReply =
  | { kind: 'valid'; dataset: Dataset }
  | { kind: 'invalid'; issues: DatasetIssue[] }
  | { kind: 'unavailable'; message: string };

/**
 * Dataset worker -> page: whether the dataset is valid. A valid one is not sent back: the page
 * parses its own copy of the download while the worker validates, which takes less time than
 * either posting the text back or cloning the parsed dataset.
 */
export type DatasetVerdict = { kind: 'checked' } | Exclude<DatasetReply, { kind: 'valid' }>;
