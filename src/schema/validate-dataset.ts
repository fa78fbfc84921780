import type { Dataset } from './dataset-schema.js';
import { datasetCheckSteps, parseJsonText } from './dataset-checks.js';
import { DatasetError, type DatasetIssue } from './dataset-issue.js';
import { schemaIssues } from './schema-issues.js';

/**
 * Every problem with a parsed JSON value as a dataset, as a series of steps (see
 * datasetCheckSteps): the issues are the generator's return value.
 */
export function* datasetIssueSteps(
  input: unknown,
  shapedPlaces = 0,
): Generator<void, DatasetIssue[]> {
  return (yield* datasetCheckSteps(input, shapedPlaces)) ?? schemaIssues(input);
}

/** Every problem with a parsed JSON value as a dataset; an empty list means it is valid. Never throws. */
export function getDatasetIssues(input: unknown): DatasetIssue[] {
  const steps = datasetIssueSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** The dataset, typed, or a DatasetError listing every problem. */
export function parseDataset(input: unknown): Dataset {
  const issues = getDatasetIssues(input);
  if (issues.length > 0) throw new DatasetError(issues);
  return input as Dataset;
}

/** Parses the JSON text of a dataset, reporting broken JSON as an issue like any other. */
export function parseDatasetJson(json: string): Dataset {
  return parseDataset(parseJsonText(json));
}
