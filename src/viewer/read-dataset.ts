import { DatasetError, type DatasetIssue } from '../schema/dataset-issue.js';

export { formatIssue } from '../schema/dataset-issue.js';
export { isPlaceShaped } from '../schema/dataset-checks.js';
import { datasetCheckSteps, parseJsonText } from '../schema/dataset-checks.js';
import type { Dataset } from '../schema/dataset-schema.js';
import type { DatasetReply } from './dataset-messages.js';
import { runInSlices } from './run-in-slices.js';

type InvalidReply = Extract<DatasetReply, { kind: 'invalid' }>;

/** What `read` returns, or the issues of the DatasetError it throws. */
export function invalidOr<T>(read: () => T): T | InvalidReply {
  try {
    return read();
  } catch (error) {
    if (error instanceof DatasetError) return { kind: 'invalid', issues: [...error.issues] };
    throw error;
  }
}

/** The value of a dataset's JSON text, not yet validated, or the issue that it is not JSON. */
export function readJsonText(text: string): { value: unknown } | InvalidReply {
  return invalidOr(() => ({ value: parseJsonText(text) }));
}

/**
 * Validates a parsed dataset in slices of the page's time: a hundred thousand places are
 * checked in many short tasks, between which the page paints and answers. Never rejects for
 * bad data. The first `shapedPlaces` places are known well-shaped (see datasetCheckSteps). A
 * dataset of the wrong shape loads valibot's full pass, which words its issues: a chunk of its
 * own, which no valid dataset waits for.
 */
export async function readDatasetValueInSlices(
  input: unknown,
  shapedPlaces = 0,
): Promise<DatasetReply> {
  const steps = datasetCheckSteps(input, shapedPlaces);
  let checked: DatasetIssue[] | undefined;
  await runInSlices(() => {
    const step = steps.next();
    if (step.done === true) checked = step.value;
    return step.done === true;
  });
  const issues = checked ?? (await import('../schema/schema-issues.js')).schemaIssues(input);
  return issues.length === 0
    ? { kind: 'valid', dataset: input as Dataset }
    : { kind: 'invalid', issues };
}
