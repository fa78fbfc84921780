import type { PlaceFeature } from '../schema/dataset-schema.js';
import { formatCount } from './format-count.js';
import { element } from './dom.js';
import { createItem, type PlaceListView } from './place-list.js';

/**
 * The place list for a dataset above CLUSTER_THRESHOLD: the searchable virtual list of
 * virtual-list.ts, fetched as a chunk of its own since only readers of large datasets need
 * it. Until it arrives, the panel says how many places are coming, and the place to
 * highlight is remembered.
 */
export function renderLargePlaceList(
  container: HTMLElement,
  places: readonly PlaceFeature[],
  onSelect: (id: string) => void,
): PlaceListView {
  const waiting = element('p', 'nm-status', `Listing ${formatCount(places.length)} places…`);
  container.append(waiting);
  let list: PlaceListView | undefined;
  let highlighted: string | undefined;
  let visible: ReadonlySet<string> | undefined;
  let removed = false;

  void import('./virtual-list.js').then(({ renderVirtualPlaceList }) => {
    waiting.remove();
    if (removed) return;
    list = renderVirtualPlaceList(container, places, onSelect, createItem);
    list.highlight(highlighted);
    if (visible !== undefined) list.filter?.(visible);
  });

  return {
    highlight(id) {
      highlighted = id;
      list?.highlight(id);
    },
    buttonOf: (id) => list?.buttonOf(id),
    filter(shown) {
      visible = shown;
      list?.filter?.(shown);
    },
    remove() {
      removed = true;
      waiting.remove();
      list?.remove();
    },
  };
}
