import * as v from 'valibot';
import { datasetSchema, placeIdSchema } from './dataset-schema.js';
import { pathToString, quoteValue, type DatasetIssue } from './dataset-issue.js';

function featureIdAt(input: unknown, keys: readonly (string | number)[]): string | undefined {
  if (keys[0] !== 'features' || typeof keys[1] !== 'number') return undefined;
  const features: unknown = (input as { features?: unknown }).features;
  if (!Array.isArray(features)) return undefined;
  const feature: unknown = features[keys[1]];
  const id: unknown =
    typeof feature === 'object' && feature !== null ? (feature as { id?: unknown }).id : undefined;
  // Only a well-formed id names the feature: anything else could be long or carry control characters.
  return v.is(placeIdSchema, id) ? id : `#${keys[1]}`;
}

/** Valibot's message, reworded where it is cryptic and with the value received quoted safely. */
function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.path?.at(-1)?.origin === 'key') {
    return issue.expected === 'never' ? 'is not a known field' : 'is required but missing';
  }
  if (typeof issue.input === 'string' && issue.message.endsWith(issue.received)) {
    return issue.message.slice(0, -issue.received.length) + quoteValue(issue.input);
  }
  return issue.message;
}

function fromSchemaIssue(input: unknown, issue: v.BaseIssue<unknown>): DatasetIssue {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const feature = featureIdAt(input, keys);
  const path = pathToString(keys);
  const reworded = messageOf(issue);
  const message =
    path === '' ? `the document ${reworded.charAt(0).toLowerCase()}${reworded.slice(1)}` : reworded;
  return feature === undefined ? { path, message } : { path, feature, message };
}

/**
 * Every issue valibot finds with a value as a dataset, in the order and the words it always
 * gives them: the full pass, for a dataset that fails the quick checks of dataset-checks.ts.
 */
export function schemaIssues(input: unknown): DatasetIssue[] {
  const { issues = [] } = v.safeParse(datasetSchema, input, { abortPipeEarly: true });
  return issues.map((issue) => fromSchemaIssue(input, issue));
}
