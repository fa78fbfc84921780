import type { PlaceListView } from './place-list.js';

/**
 * A place list drawn only once `ready` gives what it needs. Until then it has no buttons, and
 * it remembers the place to highlight and the filter, which it applies as it is drawn.
 */
export function deferredPlaceList<T>(
  ready: Promise<T>,
  render: (value: T) => PlaceListView,
): PlaceListView {
  let list: PlaceListView | undefined;
  let highlighted: string | undefined;
  let visible: ReadonlySet<string> | undefined;
  let removed = false;

  void ready.then((value) => {
    if (removed) return;
    list = render(value);
    list.highlight(highlighted);
    if (visible !== undefined) list.filter(visible);
  });

  return {
    highlight(id) {
      highlighted = id;
      list?.highlight(id);
    },
    buttonOf: (id) => list?.buttonOf(id),
    filter(shown) {
      visible = shown;
      list?.filter(shown);
    },
    remove() {
      removed = true;
      list?.remove();
    },
  };
}
