import type { DatasetReply, DatasetRequest } from './dataset-messages.js';
import { fetchAndReadDataset } from './read-dataset.js';

/**
 * Fetches, parses and validates a dataset off the page's main thread, so that neither the
 * validator's code nor its work on a large dataset delays the first marker.
 */
self.addEventListener('message', (event: MessageEvent<DatasetRequest>) => {
  void fetchAndReadDataset(event.data.url).then((reply: DatasetReply) => {
    self.postMessage(reply);
  });
});
