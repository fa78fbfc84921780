import * as L from './leaflet.js';
import type { Dataset, Journey, PlaceFeature } from '../schema/dataset-schema.js';
import { element } from './dom.js';
import { journeyArc } from './journey-arc.js';
import { journeyLabel, routeLabel, type JourneyRoute } from './journey-routes.js';
import type { MapCamera } from './map-camera.js';

export interface JourneyLayer {
  /** Frames a route, opens its popup and moves focus into it; focus returns to `returnFocus`. */
  open(routeId: string, returnFocus: HTMLElement | SVGElement | undefined): void;
  remove(): void;
}

export interface JourneyLayerOptions {
  map: L.Map;
  dataset: Dataset;
  /** The article's journeys, grouped by the pair of places they join. */
  routes: readonly JourneyRoute[];
  /** The longitude the map is centred on: each arc is drawn on the copy of the world nearest it. */
  centreLng: number;
  camera: MapCamera;
  ids: (name: string) => string;
  /** Shows a sentence of the article ("Read in the article"). */
  onRead: (sentence: number) => void;
}

// Unclipped: an arc is one path whatever the view (a few dozen points each), so it never
// breaks into pieces where it leaves the screen and comes back.
const ARC_STYLE: L.PolylineOptions = {
  className: 'nm-journey-line',
  noClip: true,
  color: '#a3166f',
  weight: 2.5,
  opacity: 0.9,
  interactive: false,
};
// An invisible, wider twin of the arc: a 2.5 px line is too thin to hit with a finger.
const HIT_STYLE: L.PolylineOptions = {
  className: 'nm-journey-hit',
  noClip: true,
  color: '#a3166f',
  weight: 16,
  opacity: 0,
  interactive: true,
};
const ROUTE_MAX_ZOOM = 5;
const END_DOT_PX = 12;
const POPUP_MAX_WIDTH = 340;

/**
 * The article's journeys as great-circle arcs (turf), one per pair of places, each continuous
 * across the antimeridian. An arc is clickable and, as a focusable button, reachable with the
 * keyboard; its popup quotes the sentences that report its journeys. Where an arc ends on a
 * copy of the world that has no marker (Washington, seen across the Pacific from Beijing) a
 * labelled dot marks the place.
 */
export function addJourneyLayer({
  map,
  dataset,
  routes,
  centreLng,
  camera,
  ids,
  onRead,
}: JourneyLayerOptions): JourneyLayer {
  const layer = L.layerGroup().addTo(map);
  const arcs = new Map<string, { route: JourneyRoute; line: L.Polyline; hit: L.Polyline }>();
  const labelled = new Set<string>();
  let popupState: { popup: L.Popup; returnFocus: HTMLElement | SVGElement | undefined } | undefined;
  let removed = false;

  const showPopup = (
    content: HTMLElement,
    headingId: string,
    latLng: L.LatLng,
    moveFocus: boolean,
    returnFocus: HTMLElement | SVGElement | undefined,
  ) => {
    const size = map.getSize();
    const popup = L.popup({
      className: 'nm-popup-frame nm-journey-frame',
      maxWidth: Math.min(POPUP_MAX_WIDTH, size.x - 52),
      maxHeight: Math.max(120, size.y - 72),
      autoPanPadding: [16, 16],
    })
      .setLatLng(latLng)
      .setContent(content);
    popup.on('remove', () => {
      const frame = popup.getElement();
      const focusWasInside = frame?.contains(document.activeElement) ?? false;
      // As with a place's popup: no fading copy stays behind as a second dialog.
      frame?.remove();
      if (popupState?.popup === popup) popupState = undefined;
      if (focusWasInside) returnFocus?.focus({ preventScroll: true });
    });
    popupState = { popup, returnFocus };
    popup.openOn(map);
    const frame = popup.getElement();
    frame?.setAttribute('role', 'dialog');
    frame?.setAttribute('aria-labelledby', headingId);
    // Leaflet hears Escape only while the map itself has focus, not a control inside a popup.
    frame?.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') map.closePopup(popup);
    });
    if (moveFocus)
      content
        .querySelector<HTMLElement>(`#${CSS.escape(headingId)}`)
        ?.focus({ preventScroll: true });
  };

  const openPopup = (
    route: JourneyRoute,
    latLng: L.LatLng,
    moveFocus: boolean,
    returnFocus: HTMLElement | SVGElement | undefined,
  ) => {
    // The popup's content is code that only readers who open a journey need: it comes with
    // the first they open.
    void import('./journey-popup-content.js').then(({ createJourneyPopupContent }) => {
      if (removed) return;
      const headingId = ids(`journey-${route.id}`);
      const labels = {
        route: routeLabel(route),
        journey: (journey: Journey) => journeyLabel(route, journey),
      };
      const content = createJourneyPopupContent(route, labels, dataset.article, headingId, onRead);
      showPopup(content, headingId, latLng, moveFocus, returnFocus);
    });
  };

  const middleOf = (line: L.Polyline): L.LatLng => {
    const points = line.getLatLngs() as L.LatLng[];
    return points[Math.floor(points.length / 2)] ?? line.getBounds().getCenter();
  };

  const labelCopy = (feature: PlaceFeature, latLng: [number, number]) => {
    const [lat, lng] = latLng;
    const [ownLng] = feature.geometry.coordinates;
    const key = `${feature.id}@${Math.round(lng)}`;
    if (Math.abs(lng - ownLng) < 1 || labelled.has(key)) return;
    labelled.add(key);
    // A dot with its name beside it: a marker, not a circle with a permanent tooltip, which
    // would bring Leaflet's tooltips into the bundle for these few labels. In the tooltips'
    // pane, above the places' markers and apart from them.
    L.marker([lat, lng], {
      pane: 'tooltipPane',
      icon: L.divIcon({
        className: 'nm-journey-end',
        html: element('span', 'nm-journey-end__name', feature.properties.name),
        iconSize: [END_DOT_PX, END_DOT_PX],
      }),
      interactive: false,
      keyboard: false,
    }).addTo(layer);
  };

  for (const route of routes) {
    const latLngs = journeyArc(
      route.from.geometry.coordinates,
      route.to.geometry.coordinates,
      centreLng,
    );
    const line = L.polyline(latLngs, ARC_STYLE).addTo(layer);
    const hit = L.polyline(latLngs, HIT_STYLE).addTo(layer);
    arcs.set(route.id, { route, line, hit });
    const first = latLngs[0];
    const last = latLngs.at(-1);
    if (first !== undefined) labelCopy(route.from, first);
    if (last !== undefined) labelCopy(route.to, last);

    const path = hit.getElement();
    if (path instanceof SVGElement) {
      path.setAttribute('tabindex', '0');
      path.setAttribute('role', 'button');
      const travellers = route.journeys.map((journey) => journey.traveller).join(', ');
      path.setAttribute('aria-label', `Journey ${routeLabel(route)}: ${travellers}`);
      path.dataset['routeId'] = route.id;
      path.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        openPopup(route, middleOf(line), true, path);
      });
    }
    hit.on('click', (event: L.LeafletMouseEvent) => {
      openPopup(route, event.latlng, false, undefined);
    });
  }

  return {
    open(routeId, returnFocus) {
      const arc = arcs.get(routeId);
      if (arc === undefined) return;
      camera.show({ bounds: arc.line.getBounds(), maxZoom: ROUTE_MAX_ZOOM }, () =>
        openPopup(arc.route, middleOf(arc.line), true, returnFocus),
      );
    },
    remove() {
      removed = true;
      popupState?.popup.remove();
      layer.remove();
    },
  };
}
