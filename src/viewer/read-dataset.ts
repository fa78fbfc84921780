import { DatasetError } from '../schema/dataset-issue.js';

export { formatIssue } from '../schema/dataset-issue.js';
import { getDatasetIssues, parseDatasetJson } from '../schema/validate-dataset.js';
import type { Dataset } from '../schema/dataset-schema.js';
import type { DatasetReply } from './dataset-messages.js';

function toReply(read: () => Dataset): DatasetReply {
  try {
    return { kind: 'valid', dataset: read() };
  } catch (error) {
    if (error instanceof DatasetError) return { kind: 'invalid', issues: [...error.issues] };
    throw error;
  }
}

/** Parses and validates a dataset's JSON text. Never throws for bad data. */
export function readDatasetText(text: string): DatasetReply {
  return toReply(() => parseDatasetJson(text));
}

/** Validates a dataset given as an object. Never throws for bad data. */
export function readDatasetValue(input: object): DatasetReply {
  const issues = getDatasetIssues(input);
  return issues.length === 0
    ? { kind: 'valid', dataset: input as Dataset }
    : { kind: 'invalid', issues };
}
