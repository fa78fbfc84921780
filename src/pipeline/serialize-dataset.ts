import type { Dataset } from '../schema/dataset-schema.js';

/**
 * The dataset as checked-in text: two-space JSON with a final newline, so that a review
 * diff shows what changed and the same input always gives the same bytes.
 */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
