import type { PlaceFeature } from '../schema/dataset-schema.js';
import { element } from './dom.js';
import { createPlaceIcon } from './place-icon.js';
import { kindGroup, kindLabel } from './place-kind.js';

/** What the viewer needs from a place list; a virtual list for large datasets offers the same. */
export interface PlaceListView {
  /** Marks the open place (or none) as the current item. */
  highlight(id: string | undefined): void;
  /** The list item's button for a place, to return focus to; undefined if it is not rendered. */
  buttonOf(id: string): HTMLElement | undefined;
  /** Lists only the places in `visible` (all when undefined). */
  filter(visible: ReadonlySet<string> | undefined): void;
  remove(): void;
}

function count(n: number, one: string, many: string): string | undefined {
  return n === 0 ? undefined : `${n} ${n === 1 ? one : many}`;
}

/** "City · 1 photo caption, 2 quotations": what reading the place will give. */
function placeSummary(feature: PlaceFeature): string {
  const { kind, captions, quotes, events } = feature.properties;
  const contents = [
    count(events.length, 'event', 'events'),
    count(captions.length, 'photo caption', 'photo captions'),
    count(quotes.length, 'quotation', 'quotations'),
  ].filter((text): text is string => text !== undefined);
  return [kindLabel(kind), contents.join(', ')].filter((text) => text !== '').join(' · ');
}

export function createItem(feature: PlaceFeature): HTMLLIElement {
  const item = element('li', 'nm-place-list__item');
  const button = element('button', 'nm-place');
  button.type = 'button';
  button.dataset['placeId'] = feature.id;
  const group = kindGroup(feature.properties.kind);
  button.append(
    createPlaceIcon(group, `nm-place__icon nm-kind-${group}`),
    element('span', 'nm-place__name', feature.properties.name),
    element('span', 'nm-place__summary', placeSummary(feature)),
  );
  item.append(button);
  return item;
}

/**
 * The places as a real list of buttons, in the order given (the article's order of first
 * mention): a complete alternative to the map, since each button opens the same popup as the
 * marker. One click listener serves every item.
 */
export function renderPlaceList(
  container: HTMLElement,
  places: readonly PlaceFeature[],
  onSelect: (id: string) => void,
): PlaceListView {
  const list = element('ol', 'nm-place-list');
  const buttons = new Map<string, HTMLButtonElement>();
  for (const place of places) {
    const item = createItem(place);
    const button = item.firstElementChild;
    if (button instanceof HTMLButtonElement) buttons.set(place.id, button);
    list.append(item);
  }
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const id = button?.dataset['placeId'];
    if (id !== undefined) onSelect(id);
  };
  list.addEventListener('click', onClick);
  container.append(list);
  let current: HTMLButtonElement | undefined;

  return {
    highlight(id) {
      current?.removeAttribute('aria-current');
      current = id === undefined ? undefined : buttons.get(id);
      current?.setAttribute('aria-current', 'true');
    },
    buttonOf: (id) => buttons.get(id),
    filter(visible) {
      for (const [id, button] of buttons) {
        button.closest('li')?.toggleAttribute('hidden', visible !== undefined && !visible.has(id));
      }
    },
    remove() {
      list.removeEventListener('click', onClick);
      list.remove();
    },
  };
}
