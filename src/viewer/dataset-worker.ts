import type { DatasetReply, DatasetRequest } from './dataset-messages.js';
import { fetchDatasetText, readDatasetText } from './read-dataset.js';

/**
 * Fetches, parses and validates a dataset off the page's main thread, so that neither the
 * validator's code nor its work on a large dataset delays the first marker.
 */
self.addEventListener('message', (event: MessageEvent<DatasetRequest>) => {
  void fetchDatasetText(event.data.url).then((fetched) => {
    if (typeof fetched !== 'string') {
      self.postMessage(fetched);
      return;
    }
    const reply: DatasetReply = readDatasetText(fetched);
    self.postMessage(reply.kind === 'valid' ? { kind: 'valid-text', text: fetched } : reply);
  });
});
