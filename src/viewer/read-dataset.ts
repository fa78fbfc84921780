import { DatasetError, type DatasetIssue } from '../schema/dataset-issue.js';

export { formatIssue } from '../schema/dataset-issue.js';
export { isPlaceShaped } from '../schema/validate-dataset.js';
import { datasetIssueSteps, parseDatasetJson, parseJsonText } from '../schema/validate-dataset.js';
import type { Dataset } from '../schema/dataset-schema.js';
import type { DatasetReply } from './dataset-messages.js';
import { runInSlices } from './run-in-slices.js';

type InvalidReply = Extract<DatasetReply, { kind: 'invalid' }>;

/** What `read` returns, or the issues of the DatasetError it throws. */
function invalidOr<T>(read: () => T): T | InvalidReply {
  try {
    return read();
  } catch (error) {
    if (error instanceof DatasetError) return { kind: 'invalid', issues: [...error.issues] };
    throw error;
  }
}

/** Parses and validates a dataset's JSON text. Never throws for bad data. */
export function readDatasetText(text: string): DatasetReply {
  return invalidOr(() => ({ kind: 'valid', dataset: parseDatasetJson(text) }));
}

/** The value of a dataset's JSON text, not yet validated, or the issue that it is not JSON. */
export function readJsonText(text: string): { value: unknown } | InvalidReply {
  return invalidOr(() => ({ value: parseJsonText(text) }));
}

/**
 * Validates a parsed dataset in slices of the page's time: a hundred thousand places are
 * checked in many short tasks, between which the page paints and answers. Never rejects for
 * bad data. The first `shapedPlaces` places are known well-shaped (see datasetIssueSteps).
 */
export async function readDatasetValueInSlices(
  input: unknown,
  shapedPlaces = 0,
): Promise<DatasetReply> {
  const steps = datasetIssueSteps(input, shapedPlaces);
  let issues: DatasetIssue[] = [];
  await runInSlices(() => {
    const step = steps.next();
    if (step.done === true) issues = step.value;
    return step.done === true;
  });
  return issues.length === 0
    ? { kind: 'valid', dataset: input as Dataset }
    : { kind: 'invalid', issues };
}
