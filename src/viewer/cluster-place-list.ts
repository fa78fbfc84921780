import type { PlaceFeature } from '../schema/dataset-schema.js';
import { formatCount } from './format-count.js';
import { element } from './dom.js';
import { deferredPlaceList } from './deferred-place-list.js';
import { createItem, type PlaceListView } from './place-list.js';

/**
 * The place list for a dataset above CLUSTER_THRESHOLD: the searchable virtual list of
 * virtual-list.ts, fetched as a chunk of its own since only readers of large datasets need
 * it. Until it arrives, the panel says how many places are coming.
 */
export function renderLargePlaceList(
  container: HTMLElement,
  places: readonly PlaceFeature[],
  onSelect: (id: string) => void,
): PlaceListView {
  const waiting = element('p', 'nm-status', `Listing ${formatCount(places.length)} places…`);
  container.append(waiting);
  const list = deferredPlaceList(import('./virtual-list.js'), ({ renderVirtualPlaceList }) => {
    waiting.remove();
    return renderVirtualPlaceList(container, places, onSelect, createItem);
  });
  return {
    ...list,
    remove() {
      waiting.remove();
      list.remove();
    },
  };
}
