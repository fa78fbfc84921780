import type { Dataset } from './dataset-schema.js';
import { DATASET_RULES } from './dataset-rules.js';
import { DatasetError, type DatasetIssue } from './dataset-issue.js';
import { isDatasetOutline, isPlaceFeature } from './shape-checks.generated.js';

/*
 * What checks every dataset, without valibot: the shapes written out from the schema and the
 * rules that relate values to each other. Valibot's schema and its full pass (schema-issues.ts)
 * are needed only to word what is wrong with a dataset of the wrong shape.
 */

// Places checked between two of the steps below: about a millisecond's work.
const PLACES_PER_STEP = 1024;

/** Whether a value is shaped as `placeFeatureSchema` says a place must be. */
export const isPlaceShaped: (value: unknown) => boolean = isPlaceFeature;

/**
 * Whether `datasetSchema` accepts the value, found feature by feature with the checks written
 * out from the schema (shape-checks.generated.ts; valibot's own check builds a typed copy of
 * every value on the way, and building and collecting that copy is what made large datasets
 * slow). Yields between batches of places. The first `shapedPlaces` places are known to pass
 * `isPlaceShaped`.
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
 * The checks of a dataset as a series of steps, each about a millisecond or one rule's pass:
 * the viewer runs them in slices of the page's time, so that a large dataset's check never
 * freezes the page. The generator's return value is the issues the rules find, or `undefined`
 * when the value is not shaped as the schema says: valibot's full pass (schema-issues.ts) then
 * words every such issue, and only a dataset that has one loads it. The first `shapedPlaces`
 * places are known to pass `isPlaceShaped`, checked as they arrived.
 */
export function* datasetCheckSteps(
  input: unknown,
  shapedPlaces = 0,
): Generator<void, DatasetIssue[] | undefined> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path: '', message: 'the document must be a GeoJSON FeatureCollection object' }];
  }
  if (!(yield* hasValidShape(input, shapedPlaces))) return undefined;
  // The rules read the input itself, not a copy: the schema transforms nothing, and the
  // further items its tuples drop (an altitude, say) are items the rules never quote.
  const issues: DatasetIssue[] = [];
  for (const rule of DATASET_RULES) {
    issues.push(...rule(input as Dataset));
    yield;
  }
  return issues;
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
