import type { DatasetRequest, DatasetVerdict } from './dataset-messages.js';
import { readDatasetText } from './read-dataset.js';

/**
 * Validates a large dataset off the page's main thread, so that the validator's work neither
 * delays the first marker nor freezes the page.
 */
self.addEventListener('message', (event: MessageEvent<DatasetRequest>) => {
  const reply = readDatasetText(new TextDecoder().decode(event.data.bytes));
  const verdict: DatasetVerdict = reply.kind === 'valid' ? { kind: 'checked' } : reply;
  self.postMessage(verdict);
});
