import * as v from 'valibot';
import {
  datasetOutlineSchema,
  datasetSchema,
  placeFeatureSchema,
  placeIdSchema,
  type Dataset,
} from './dataset-schema.js';
import { DATASET_RULES } from './dataset-rules.js';
import { DatasetError, pathToString, quoteValue, type DatasetIssue } from './dataset-issue.js';

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
 * Whether `datasetSchema` accepts the value, found feature by feature: the copy valibot makes
 * of each feature is then dropped at once, where a single pass would keep the copy of every
 * feature alive to the end, and collecting that copy is what made large datasets slow.
 */
function hasValidShape(input: object): input is Dataset {
  return (
    v.is(datasetOutlineSchema, input) &&
    input.features.every((feature) => v.is(placeFeatureSchema, feature))
  );
}

/** Every problem with a parsed JSON value as a dataset; an empty list means it is valid. Never throws. */
export function getDatasetIssues(input: unknown): DatasetIssue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path: '', message: 'the document must be a GeoJSON FeatureCollection object' }];
  }
  // The rules read the input itself, not valibot's copy: the schema transforms nothing, and the
  // further items its tuples drop (an altitude, say) are items the rules never quote.
  if (hasValidShape(input)) return DATASET_RULES.flatMap((rule) => rule(input));
  // The quick check stops at the first problem; only a dataset that has one pays for the full
  // pass, which finds every problem in the order and the words it always has.
  const { issues = [] } = v.safeParse(datasetSchema, input, { abortPipeEarly: true });
  return issues.map((issue) => fromSchemaIssue(input, issue));
}

/** The dataset, typed, or a DatasetError listing every problem. */
export function parseDataset(input: unknown): Dataset {
  const issues = getDatasetIssues(input);
  if (issues.length > 0) throw new DatasetError(issues);
  return input as Dataset;
}

/** Parses the JSON text of a dataset, reporting broken JSON as an issue like any other. */
export function parseDatasetJson(json: string): Dataset {
  let input: unknown;
  try {
    // A byte-order mark, as some editors save, is no error (RFC 8259 §8.1); browsers drop it too.
    input = JSON.parse(json.startsWith('\uFEFF') ? json.slice(1) : json);
  } catch (error) {
    const reason =
      error instanceof RangeError ? 'it is nested too deeply to read' : (error as Error).message;
    throw new DatasetError([{ path: '', message: `the file is not valid JSON: ${reason}` }]);
  }
  return parseDataset(input);
}
