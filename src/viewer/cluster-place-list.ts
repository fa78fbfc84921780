import type { PlaceFeature } from '../schema/dataset-schema.js';
import { element } from './dom.js';
import { deferredPlaceList } from './deferred-place-list.js';
import { createItem, type PlaceListView } from './place-list.js';

/**
 * The place list for a dataset above CLUSTER_THRESHOLD: the searchable virtual list of
 * virtual-list.ts, fetched as a chunk of its own since only readers of large datasets need
 * it. Until it arrives and `places` are in their order, the panel says that places are coming.
 */
export function renderLargePlaceList(
  container: HTMLElement,
  places: Promise<readonly PlaceFeature[]>,
  onSelect: (id: string) => void,
): PlaceListView {
  // Counted by the list itself when it comes: the count's formatting is shared with chunks that
  // load later, and importing it here would make it one more file before the first paint.
  const waiting = element('p', 'nm-status', 'Listing the places…');
  container.append(waiting);
  const ready = Promise.all([import('./virtual-list.js'), places]);
  const list = deferredPlaceList(ready, ([{ renderVirtualPlaceList }, ordered]) => {
    waiting.remove();
    return renderVirtualPlaceList(container, ordered, onSelect, createItem);
  });
  return {
    ...list,
    remove() {
      waiting.remove();
      list.remove();
    },
  };
}
