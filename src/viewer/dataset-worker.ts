import { parseDatasetJson } from '../schema/validate-dataset.js';
import type { DatasetReply, DatasetRequest, DatasetVerdict } from './dataset-messages.js';
import { invalidOr } from './read-dataset.js';

/** Parses and validates a dataset's JSON text. Never throws for bad data. */
function readDatasetText(text: string): DatasetReply {
  return invalidOr(() => ({ kind: 'valid', dataset: parseDatasetJson(text) }));
}

/**
 * Validates a large dataset off the page's main thread, so that the validator's work neither
 * delays the first marker nor freezes the page.
 */
self.addEventListener('message', (event: MessageEvent<DatasetRequest>) => {
  const reply = readDatasetText(new TextDecoder().decode(event.data.bytes));
  const verdict: DatasetVerdict = reply.kind === 'valid' ? { kind: 'checked' } : reply;
  self.postMessage(verdict);
});
