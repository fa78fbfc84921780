import * as v from 'valibot';
import { datasetSchema, placeIdSchema, type Dataset } from './dataset-schema.js';
import { DATASET_RULES } from './dataset-rules.js';
import { isDatasetOutline, isPlaceFeature } from './shape-checks.generated.js';
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

// Places checked between two of the steps below: about a millisecond's work.
const PLACES_PER_STEP = 1024;

/** Whether a value is shaped as `placeFeatureSchema` says a place must be. */
export const isPlaceShaped: (value: unknown) => boolean = isPlaceFeature;

/**
 * Whether `datasetSchema` accepts the value, found feature by feature with the checks written out
 * from the schema (shape-checks.generated.ts; valibot's own check builds a typed copy of every
 * value on the way, and building and collecting that copy is what made large datasets slow). Yields between batches of places.
 * The first `shapedPlaces` places are known to pass `isPlaceShaped`.
 */
function* hasValidShape(input: object, shapedPlaces: number): Generator<void, boolean> {
  if (!isDatasetOutline(input)) return false;
  const { features } = input as Dataset;
  for (let start = shapedPlaces; start < features.length; start += PLACES_PER_STEP) {
    const end = Math.min(start + PLACES_PER_STEP, features.length);
    for (let i = start; i < end; i++) if (!isPlaceFeature(features[i])) return false;
    yield;
  }
  return true;
}

/**
 * `getDatasetIssues` as a series of steps, each about a millisecond or one rule's pass: the
 * viewer runs them in slices of the page's time, so that a large dataset's check never
 * freezes the page. The issues are the generator's return value. The first `shapedPlaces`
 * places are known to pass `isPlaceShaped`, checked as they arrived.
 */
export function* datasetIssueSteps(
  input: unknown,
  shapedPlaces = 0,
): Generator<void, DatasetIssue[]> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path: '', message: 'the document must be a GeoJSON FeatureCollection object' }];
  }
  if (yield* hasValidShape(input, shapedPlaces)) {
    // The rules read the input itself, not a copy: the schema transforms nothing, and the
    // further items its tuples drop (an altitude, say) are items the rules never quote.
    const issues: DatasetIssue[] = [];
    for (const rule of DATASET_RULES) {
      issues.push(...rule(input as Dataset));
      yield;
    }
    return issues;
  }
  // The quick check stops at the first problem; only a dataset that has one pays for the full
  // pass, which finds every problem in the order and the words it always has.
  const { issues = [] } = v.safeParse(datasetSchema, input, { abortPipeEarly: true });
  return issues.map((issue) => fromSchemaIssue(input, issue));
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

/** The value of a dataset's JSON text, or a DatasetError saying why the text is not JSON. */
export function parseJsonText(json: string): unknown {
  try {
    // A byte-order mark, as some editors save, is no error (RFC 8259 §8.1); browsers drop it too.
    return JSON.parse(json.startsWith('\uFEFF') ? json.slice(1) : json);
  } catch (error) {
    const reason =
      error instanceof RangeError ? 'it is nested too deeply to read' : (error as Error).message;
    throw new DatasetError([{ path: '', message: `the file is not valid JSON: ${reason}` }]);
  }
}

/** Parses the JSON text of a dataset, reporting broken JSON as an issue like any other. */
export function parseDatasetJson(json: string): Dataset {
  return parseDataset(parseJsonText(json));
}
