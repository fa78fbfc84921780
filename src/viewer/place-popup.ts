import * as L from './leaflet.js';
import type { PlaceFeature } from '../schema/dataset-schema.js';
import { createPopupContent } from './popup-content.js';

export interface PlacePopup {
  /** Opens the place's popup at `latLng`, closing any other; moves focus into it if asked. */
  open(feature: PlaceFeature, latLng: L.LatLng, moveFocus: boolean): void;
  close(): void;
  remove(): void;
}

// Room kept between the popup and the map's edges; more at the bottom for the zoom buttons
// and the attribution.
const EDGE_GAP = 16;
const BOTTOM_GAP = 96;
const MAX_WIDTH = 340;
const MIN_WIDTH = 220;
// A long popup scrolls inside this share of the map's height, so its place stays in sight.
const MAX_HEIGHT_SHARE = 0.6;

/**
 * Pans the map, without animation, just enough for the popup to sit inside it with the gaps
 * above; when it cannot fit across, its left edge wins, as in Leaflet's own autopan.
 */
function panIntoView(map: L.Map, popup: HTMLElement): void {
  const view = map.getContainer().getBoundingClientRect();
  const box = popup.getBoundingClientRect();
  let dx = Math.max(0, box.right - (view.right - EDGE_GAP));
  if (box.left - dx < view.left + EDGE_GAP) dx = box.left - (view.left + EDGE_GAP);
  let dy = Math.min(0, box.top - (view.top + EDGE_GAP));
  if (dy === 0) dy = Math.max(0, box.bottom - (view.bottom - BOTTOM_GAP));
  if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { animate: false });
}

/**
 * The one popup of a viewer. It is a non-modal dialog named by the place's heading, and focus
 * moves to that heading when asked. When it closes, `onClosed` learns whether focus was inside
 * it, so that focus goes back to where the reader came from only then (closing it with a click
 * on the map leaves focus where the reader put it).
 */
export function createPlacePopup(
  map: L.Map,
  headingId: (feature: PlaceFeature) => string,
  onClosed: (feature: PlaceFeature, focusWasInside: boolean) => void,
  actionsFor: (feature: PlaceFeature) => HTMLElement[] = () => [],
): PlacePopup {
  let current: { popup: L.Popup; feature: PlaceFeature } | undefined;

  const onRemove = (event: L.LeafletEvent) => {
    const closed = event.target as L.Popup;
    const element = closed.getElement();
    const active = document.activeElement;
    const focusWasInside =
      active === null || active === document.body || (element?.contains(active) ?? false);
    // Leaflet fades a closed popup out for 200 ms; two dialogs must never be in the page at once.
    element?.remove();
    if (current === undefined || closed !== current.popup) return;
    const { feature } = current;
    current = undefined;
    onClosed(feature, focusWasInside);
  };

  return {
    open(feature, latLng, moveFocus) {
      const size = map.getSize();
      // Leaflet's widths are the content's; its margins and frame take another 36 px.
      const widest = size.x - 2 * EDGE_GAP - 36;
      const id = headingId(feature);
      const content = createPopupContent(feature, id, actionsFor(feature));
      const popup = L.popup({
        maxWidth: Math.min(MAX_WIDTH, widest),
        minWidth: Math.min(MIN_WIDTH, widest),
        maxHeight: Math.max(140, Math.round(size.y * MAX_HEIGHT_SHARE)),
        // Panned by panIntoView instead: at once, so the popup stands still once it is open.
        autoPan: false,
        className: 'nm-popup-frame',
        closeOnEscapeKey: true,
      })
        .setLatLng(latLng)
        .setContent(content);
      popup.on('remove', onRemove);
      current = { popup, feature };
      popup.openOn(map);
      const element = popup.getElement();
      if (element !== undefined) panIntoView(map, element);
      element?.setAttribute('role', 'dialog');
      element?.setAttribute('aria-labelledby', id);
      if (moveFocus)
        content.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus({ preventScroll: true });
    },
    close() {
      map.closePopup();
    },
    remove() {
      current?.popup.off('remove', onRemove);
      current = undefined;
      map.closePopup();
    },
  };
}
