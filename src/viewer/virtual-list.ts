import type { PlaceFeature } from '../schema/dataset-schema.js';
import { formatCount } from './format-count.js';
import type { PlaceListView } from './place-list.js';
import { createIdLookup } from './place-id-lookup.js';

// Rows drawn beyond each edge of the view, so a fast scroll shows no blank rows.
const OVERSCAN_ROWS = 8;
// Browsers stop laying out elements taller than about 33 million pixels; a million rows of
// 48 px would be 48 million, so past this height the scroll position maps to a row instead.
const MAX_SPACER_PX = 8_000_000;
// This chunk is loaded lazily; it builds its few elements itself rather than share dom.ts.
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string) {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

// A search over a million names runs in slices this long, so typing never freezes the page.
const SEARCH_SLICE_MS = 8;
const FALLBACK_ROW_PX = 48;

function scrollParent(start: HTMLElement): HTMLElement | undefined {
  for (let node = start.parentElement; node !== null; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return undefined;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The place list for a dataset too large for one button per place: a search box and a list
 * in which only the rows in view exist in the DOM (a few dozen of a million), laid out over
 * a spacer as tall as the whole list. It offers the same surface as `renderPlaceList`, its
 * rows are made by the same `createRow` (a list item holding a button with `data-place-id`),
 * and highlighting a place scrolls its row into view.
 */
export function renderVirtualPlaceList(
  container: HTMLElement,
  places: readonly PlaceFeature[],
  onSelect: (id: string) => void,
  createRow: (place: PlaceFeature) => HTMLLIElement,
): PlaceListView {
  const root = element('div', 'nm-virtual-places');
  const search = element('input', 'nm-virtual-places__search');
  search.type = 'search';
  search.placeholder = `Search ${formatCount(places.length)} places`;
  search.setAttribute('aria-label', 'Search places by name');
  // Stays in view while the list scrolls under it.
  Object.assign(search.style, {
    position: 'sticky',
    top: '0',
    zIndex: '1',
    width: '100%',
    boxSizing: 'border-box',
    margin: '0 0 0.5rem',
    padding: '0.5rem 0.625rem',
    border: '1px solid #767676',
    borderRadius: '6px',
    background: '#fff',
    font: 'inherit',
  });
  const status = element('p', 'nm-sr-only');
  status.setAttribute('aria-live', 'polite');
  const list = element('ol', 'nm-place-list');
  Object.assign(list.style, { position: 'relative', listStyle: 'none', margin: '0', padding: '0' });
  root.append(search, status, list);
  container.append(root);

  const indexOfId = createIdLookup(places);
  const lowerNames: (string | undefined)[] = [];
  // Positions in `places` of the rows shown, in order: every place until a search narrows it.
  let shown: number[] | undefined;
  // The places the date filter leaves in, by position in `places`; undefined keeps all.
  let allowed: Uint8Array | undefined;
  let allowedCount = places.length;
  let searchGeneration = 0;
  let current: string | undefined;
  const rows = new Map<number, HTMLLIElement>();
  const scroller = scrollParent(container);

  const rowCount = () => shown?.length ?? places.length;
  const placeAt = (row: number) => places[shown === undefined ? row : (shown[row] ?? -1)];

  const rowHeight = (() => {
    const first = places[0];
    if (first === undefined) return FALLBACK_ROW_PX;
    const probe = createRow(first);
    list.append(probe);
    const height = probe.offsetHeight;
    probe.remove();
    return height > 0 ? height : FALLBACK_ROW_PX;
  })();

  const spacerHeight = () => Math.min(rowCount() * rowHeight, MAX_SPACER_PX);

  /** The first row in view and the pixel offset of the list's top above the view. */
  const viewport = () => {
    const listTop = list.getBoundingClientRect().top;
    const viewTop = scroller?.getBoundingClientRect().top ?? 0;
    const viewHeight = scroller?.clientHeight ?? window.innerHeight;
    const scrolled = Math.max(0, viewTop - listTop);
    const fullHeight = rowCount() * rowHeight;
    const spacer = spacerHeight();
    const first =
      fullHeight <= spacer
        ? scrolled / rowHeight
        : (scrolled / Math.max(1, spacer - viewHeight)) *
          Math.max(0, rowCount() - viewHeight / rowHeight);
    return { first: Math.floor(first), scrolled, viewHeight, compressed: fullHeight > spacer };
  };

  const render = () => {
    list.style.height = `${spacerHeight()}px`;
    const { first, scrolled, viewHeight, compressed } = viewport();
    const from = Math.max(0, first - OVERSCAN_ROWS);
    const to = Math.min(rowCount(), first + Math.ceil(viewHeight / rowHeight) + OVERSCAN_ROWS);
    for (const [row, item] of rows) {
      if (row >= from && row < to) continue;
      item.remove();
      rows.delete(row);
    }
    for (let row = from; row < to; row++) {
      const place = placeAt(row);
      if (place === undefined) continue;
      let item = rows.get(row);
      if (item === undefined) {
        item = createRow(place);
        Object.assign(item.style, {
          position: 'absolute',
          left: '0',
          right: '0',
          height: `${rowHeight}px`,
          overflow: 'hidden',
        });
        rows.set(row, item);
        list.append(item);
      }
      const top = compressed ? scrolled + (row - first) * rowHeight : row * rowHeight;
      item.style.top = `${Math.max(0, Math.min(top, spacerHeight() - rowHeight))}px`;
      item.querySelector('button')?.toggleAttribute('aria-current', place.id === current);
    }
  };

  const rerender = () => {
    for (const item of rows.values()) item.remove();
    rows.clear();
    render();
  };

  let frameRequested = false;
  const onScroll = () => {
    if (frameRequested) return;
    frameRequested = true;
    requestAnimationFrame(() => {
      frameRequested = false;
      render();
    });
  };
  const scrollTarget: HTMLElement | Window = scroller ?? window;
  scrollTarget.addEventListener('scroll', onScroll, { passive: true });
  const resizeObserver = new ResizeObserver(onScroll);
  resizeObserver.observe(scroller ?? list);

  const runSearch = async (text: string) => {
    const generation = ++searchGeneration;
    const needle = text.trim().toLowerCase();
    if (needle === '' && allowed === undefined) {
      shown = undefined;
    } else {
      const matches: number[] = [];
      let sliceStart = performance.now();
      for (let i = 0; i < places.length; i++) {
        if (allowed?.[i] === 0) continue;
        let name = lowerNames[i];
        if (name === undefined) {
          name = places[i]?.properties.name.toLowerCase() ?? '';
          lowerNames[i] = name;
        }
        if (name.includes(needle)) matches.push(i);
        if ((i & 1023) === 0 && performance.now() - sliceStart > SEARCH_SLICE_MS) {
          await nextTask();
          // A newer search has started: this one's answer is no longer wanted.
          if (generation !== searchGeneration) return;
          sliceStart = performance.now();
        }
      }
      shown = matches;
    }
    status.textContent = shown === undefined ? '' : `${formatCount(shown.length)} places match`;
    search.placeholder = `Search ${formatCount(allowed === undefined ? places.length : allowedCount)} places`;
    if (
      scroller !== undefined &&
      scroller.getBoundingClientRect().top > list.getBoundingClientRect().top
    )
      list.scrollIntoView({ block: 'start' });
    rerender();
  };
  const onInput = () => void runSearch(search.value);
  search.addEventListener('input', onInput);

  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const id = button?.dataset['placeId'];
    if (id !== undefined) onSelect(id);
  };
  list.addEventListener('click', onClick);

  /** Scrolls the list so that a row is in view, so that its button exists. */
  const scrollToRow = (row: number) => {
    const fullHeight = rowCount() * rowHeight;
    const spacer = spacerHeight();
    const viewHeight = scroller?.clientHeight ?? window.innerHeight;
    const offset =
      fullHeight <= spacer
        ? row * rowHeight
        : (row / Math.max(1, rowCount() - viewHeight / rowHeight)) * (spacer - viewHeight);
    const { scrolled } = viewport();
    const visibleRow = fullHeight <= spacer ? scrolled / rowHeight : viewport().first;
    if (row >= visibleRow && row < visibleRow + viewHeight / rowHeight - 1) return;
    const listTop = list.getBoundingClientRect().top - (scroller?.getBoundingClientRect().top ?? 0);
    if (scroller === undefined) window.scrollBy(0, listTop + offset - viewHeight / 3);
    else scroller.scrollTop += listTop + offset - viewHeight / 3;
  };

  render();

  return {
    highlight(id) {
      current = id;
      const index = id === undefined ? undefined : indexOfId(id);
      const row = index === undefined ? -1 : shown === undefined ? index : shown.indexOf(index);
      if (row >= 0) scrollToRow(row);
      render();
    },
    filter(visible) {
      allowed =
        visible === undefined
          ? undefined
          : Uint8Array.from(places, (place) => (visible.has(place.id) ? 1 : 0));
      allowedCount = visible === undefined ? places.length : visible.size;
      void runSearch(search.value);
    },
    buttonOf(id) {
      for (const item of rows.values()) {
        const button = item.querySelector('button');
        if (button?.dataset['placeId'] === id) return button;
      }
      return undefined;
    },
    remove() {
      searchGeneration++;
      scrollTarget.removeEventListener('scroll', onScroll);
      resizeObserver.disconnect();
      search.removeEventListener('input', onInput);
      list.removeEventListener('click', onClick);
      root.remove();
    },
  };
}
