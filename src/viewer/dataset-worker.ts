import type { DatasetRequest, DatasetVerdict } from './dataset-messages.js';
import { fetchDatasetText, readBodyText } from './dataset-download.js';
import { readDatasetText } from './read-dataset.js';

/**
 * Validates a large dataset off the page's main thread, so that the validator's work neither
 * delays the first marker nor freezes the page.
 */
self.addEventListener('message', (event: MessageEvent<DatasetRequest>) => {
  const request = event.data;
  const text = 'body' in request ? readBodyText(request.body) : fetchDatasetText(request.url);
  void text.then((fetched) => {
    const reply = typeof fetched === 'string' ? readDatasetText(fetched) : fetched;
    const verdict: DatasetVerdict = reply.kind === 'valid' ? { kind: 'checked' } : reply;
    self.postMessage(verdict);
  });
});
