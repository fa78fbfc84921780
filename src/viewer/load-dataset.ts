import type { Dataset } from '../schema/dataset-schema.js';
import { DatasetError } from '../schema/dataset-issue.js';
import { parseDataset, parseDatasetJson } from '../schema/validate-dataset.js';

/** Why there is no map to show: an invalid dataset (with its issues) or a failed download. */
export type DatasetProblem =
  { kind: 'invalid'; error: DatasetError } | { kind: 'unavailable'; message: string };

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; problem: DatasetProblem };

function validate(read: () => Dataset): DatasetResult {
  try {
    return { ok: true, dataset: read() };
  } catch (error) {
    if (error instanceof DatasetError) return { ok: false, problem: { kind: 'invalid', error } };
    throw error;
  }
}

/** Validates a dataset given as an object. Never throws for bad data. */
export function readDatasetObject(input: object): DatasetResult {
  return validate(() => parseDataset(input));
}

/** Fetches and validates a dataset. Never rejects: every failure comes back as a problem. */
export async function fetchDataset(url: string, signal: AbortSignal): Promise<DatasetResult> {
  let text: string;
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) {
      return {
        ok: false,
        problem: { kind: 'unavailable', message: `the server answered ${response.status}` },
      };
    }
    text = await response.text();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: 'unavailable', message } };
  }
  return validate(() => parseDatasetJson(text));
}
