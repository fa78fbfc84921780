import * as L from './leaflet.js';
import type { Dataset, PlaceFeature } from '../schema/dataset-schema.js';
import { afterNextPaint } from './after-next-paint.js';
import { addBasemap, type Basemap } from './basemap.js';
import { createMapNotice } from './map-notice.js';
import { extentToBounds, focusBounds, markerLatLng } from './place-geometry.js';
import { renderPlaceList } from './place-list.js';
import { addPlaceMarkers } from './place-markers.js';
import { addClusteredPlaceMarkers } from './cluster-layer.js';
import { CLUSTER_THRESHOLD, type ClusterIndexStart } from './cluster-index-start.js';
import { renderLargePlaceList } from './cluster-place-list.js';
import { deferredPlaceList } from './deferred-place-list.js';
import { orderByFirstMention, orderByFirstMentionInSlices } from './place-order.js';
import { createPlacePopup } from './place-popup.js';
import { yieldToPage } from './run-in-slices.js';
import { scrollIntoViewWithin } from './scroll-into-view.js';
import { stopMapMotion } from './stop-map-motion.js';
import { mountStoryFeatures } from './story-features.js';
import { buildViewerLayout } from './viewer-layout.js';
import type { ViewerEvents } from './viewer-events.js';
import type { ResolvedViewerOptions } from './viewer-options.js';
import { writePlaceToUrl, writeStepToUrl } from './url-state.js';
import { createEmbedControl } from '../embed/embed-control.js';

export interface StoryMap {
  /** Opens a place by id; false if there is no such place. */
  openPlace(id: string, moveFocus: boolean): boolean;
  closePlace(): void;
  openPlaceId(): string | undefined;
  /** Opens a story step (`#step=<id>`) by id; false if there is no such step. */
  openStep(id: string): boolean;
  /** Settles once the first markers are painted and the place list drawn; the base map is there by then. */
  readonly painted: Promise<void>;
  remove(): void;
}

export interface StoryMapContext {
  root: HTMLElement;
  dataset: Dataset;
  /** A large dataset's cluster index, when indexing began while the dataset was validated. */
  clusterIndex?: ClusterIndexStart | undefined;
  options: ResolvedViewerOptions;
  events: ViewerEvents;
  /** A page-unique id for one of this viewer's elements. */
  ids: (name: string) => string;
  announce: (text: string) => void;
}

// The story's frame keeps its places clear of the edges and never zooms in to street level.
const FRAME_PADDING: L.PointTuple = [56, 56];
const FRAME_MAX_ZOOM = 8;
// Markers not painted by then (clusters whose index is still being built) get the base map
// under them meanwhile: the map is never blank for longer.
const BLANK_MAP_MAX_MS = 400;
// An area opened from the list is zoomed to its extent, but a tiny one not past this.
const EXTENT_MAX_ZOOM = 9;

/**
 * The viewer once its dataset is valid: the map framed on the story's places, the markers,
 * the place list and the popup, kept in step. Opening a place, from a marker, the list or the
 * URL, selects its marker and list item, shows its extent and opens its popup.
 */
export function mountStoryMap({
  root,
  dataset,
  clusterIndex,
  options,
  events,
  ids,
  announce,
}: StoryMapContext): StoryMap {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // A scan, not a map of every id: places are looked up one at a time, as a reader opens them,
  // and a million places' map would cost tens of megabytes (see place-id-lookup.ts).
  const placeById = (id: string) => dataset.features.find((feature) => feature.id === id);
  const layout = buildViewerLayout(root, dataset, options.layout, ids);
  // Before the map, whose size the story strip under it takes from.
  const storyFeatures = mountStoryFeatures({
    root,
    layout,
    dataset,
    placeById,
    events,
    ids,
    announce,
    writeStep: (id) => {
      if (options.syncUrl) writeStepToUrl(id);
    },
    locate: (feature) => ({
      latLng: markerLatLng(feature),
      bounds: feature.properties.extent && extentToBounds(feature.properties.extent),
    }),
    reduceMotion,
  });
  const large = dataset.features.length > CLUSTER_THRESHOLD;
  const leafletMap = L.map(layout.mapElement, {
    minZoom: 1,
    zoomSnap: 0.5,
    zoomControl: false,
    // The ResizeObserver below follows every size change; Leaflet's own window listener would
    // also leave a trace on `window` in pages that embed the map.
    trackResize: false,
    zoomAnimation: !reduceMotion,
    fadeAnimation: !reduceMotion,
    // Clusters are hidden while the map zooms, not moved: every cluster in view is replaced
    // as the zoom ends, and moving 150 to 200 of them took two frames of 33 ms at its start.
    markerZoomAnimation: !reduceMotion && !large,
  });
  // Bottom right, so a popup near the top never has to dodge the zoom buttons.
  L.control.zoom({ position: 'bottomright' }).addTo(leafletMap);
  const embedControl =
    options.embed &&
    createEmbedControl({
      ...options.embed,
      articleTitle: dataset.article.title,
      openPlace: () => open && { id: open.feature.id, name: open.feature.properties.name },
    }).addTo(leafletMap);
  const frame = focusBounds(dataset.features);
  if (frame === undefined) leafletMap.setView([20, 0], 2);
  else
    leafletMap.fitBounds(frame, {
      padding: FRAME_PADDING,
      maxZoom: FRAME_MAX_ZOOM,
      animate: false,
    });

  let open: { feature: PlaceFeature; returnFocus: () => HTMLElement | undefined } | undefined;
  let extent: L.Rectangle | undefined;

  const activate = (feature: PlaceFeature) =>
    openFeature(feature, true, () => markers.elementOf(feature.id));
  const markers = large
    ? addClusteredPlaceMarkers(leafletMap, dataset.features, activate, clusterIndex)
    : addPlaceMarkers(leafletMap, dataset.features, activate);
  // The base map's tiles (or the offline map they fall back to) and the place list are laid out
  // and painted only after the frame that first shows the markers: markers never wait for the
  // background or the panel. Should the markers fail to draw, the rest still comes.
  const markersPainted = markers.drawn.then(afterNextPaint, afterNextPaint);
  let notice: L.Control | undefined;
  let basemap: Basemap | undefined;
  let removed = false;
  // Called by whichever comes first, the markers' paint or the timer below.
  const addBackground = () => {
    if (removed || basemap !== undefined) return;
    basemap = addBasemap(leafletMap, {
      mode: options.basemap,
      tileUrl: options.tileUrl,
      tileAttribution: options.tileAttribution,
      onNotice(text) {
        announce(text);
        notice?.remove();
        notice = createMapNotice(text).addTo(leafletMap);
      },
    });
  };
  void markersPainted.then(addBackground);
  const selectInList = (id: string) => {
    const feature = placeById(id);
    if (feature !== undefined) openFeature(feature, true, () => list.buttonOf(id));
  };
  // In a task of its own, not the background's: at a million places, the two and a garbage
  // collection made one task of 120 to 170 ms after the first paint.
  const listDue = markersPainted.then(yieldToPage);
  const list = deferredPlaceList(listDue, () =>
    large
      ? renderLargePlaceList(
          layout.listSlot,
          orderByFirstMentionInSlices(dataset.features),
          selectInList,
        )
      : renderPlaceList(layout.listSlot, orderByFirstMention(dataset.features), selectInList),
  );

  const highlight = (feature: PlaceFeature | undefined) => {
    markers.select(feature?.id);
    list.highlight(feature?.id);
    const button = feature === undefined ? undefined : list.buttonOf(feature.id);
    // A place opened from the article must not scroll the reader away from the text to the list.
    if (button !== undefined && storyFeatures.listInView(button)) {
      scrollIntoViewWithin(layout.panelBody, button);
    }
    extent?.remove();
    extent = undefined;
    const box = feature?.properties.extent;
    if (box !== undefined) {
      extent = L.rectangle(extentToBounds(box), {
        interactive: false,
        className: 'nm-extent',
        color: '#0b57d0',
        weight: 2,
        dashArray: '6 4',
        fillOpacity: 0.08,
      }).addTo(leafletMap);
    }
  };

  /**
   * Gives focus back to where the reader came from. That element may no longer take focus: a
   * wider place opened from the URL returns to its marker, which hides again as the popup
   * closes. Focus then goes to the place's list item, or failing that (a folded sheet) to the
   * map, never to the page's top.
   */
  const restoreFocus = (target: HTMLElement | undefined, feature: PlaceFeature) => {
    for (const candidate of [target, list.buttonOf(feature.id), leafletMap.getContainer()]) {
      candidate?.focus({ preventScroll: true });
      // :focus, not document.activeElement, which is the host when the viewer is in a shadow root.
      if (candidate?.matches(':focus')) return;
    }
  };

  const popup = createPlacePopup(
    leafletMap,
    (feature) => ids(`place-${feature.id}`),
    (feature, focusWasInside) => {
      const returnFocus = open?.returnFocus;
      open = undefined;
      highlight(undefined);
      if (options.syncUrl) writePlaceToUrl(undefined);
      events.emit('close', { id: feature.id });
      if (focusWasInside) restoreFocus(returnFocus?.(), feature);
    },
    (feature) => storyFeatures.popupActions(feature),
  );

  /** Brings the place into view without animation, so the popup's own pan starts from rest. */
  const reveal = (feature: PlaceFeature, latLng: L.LatLng) => {
    const box = feature.properties.extent;
    if (box !== undefined) {
      leafletMap.fitBounds(extentToBounds(box), {
        padding: FRAME_PADDING,
        maxZoom: EXTENT_MAX_ZOOM,
        animate: false,
      });
    } else if (!leafletMap.getBounds().pad(-0.1).contains(latLng)) {
      leafletMap.panTo(latLng, { animate: false });
    }
  };

  function openFeature(
    feature: PlaceFeature,
    moveFocus: boolean,
    returnFocus: () => HTMLElement | undefined,
  ) {
    const marker = markers.markerOf(feature.id);
    if (marker === undefined) return;
    open = { feature, returnFocus };
    // Parts mounted after the map (the story strip) change its size before the ResizeObserver
    // reports it; the reveal and the popup's pan need the size as it is now.
    leafletMap.invalidateSize({ pan: false });
    highlight(feature);
    reveal(feature, marker.getLatLng());
    popup.open(feature, marker.getLatLng(), moveFocus);
    if (options.syncUrl) writePlaceToUrl(feature.id);
    events.emit('open', { id: feature.id, name: feature.properties.name });
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open !== undefined) popup.close();
  };
  root.addEventListener('keydown', onKeyDown);
  // Folding the sheet, a container query or the host page can resize the map, not only the window.
  // The top left stays put, so an open popup near the top is not pushed out of sight. The map
  // is remeasured in a task of its own, as Leaflet's own window listener does in the next frame,
  // not in the frame that laid it out: at a million places, the story strip's content arriving
  // made one task of 240 to 290 ms, its layout then the base map's redraw at the new size.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const resizeObserver = new ResizeObserver(() => {
    if (resizeTimer !== undefined) return;
    resizeTimer = setTimeout(() => {
      resizeTimer = undefined;
      leafletMap.invalidateSize({ pan: false });
    });
  });
  resizeObserver.observe(layout.mapElement);
  storyFeatures.attach({
    map: leafletMap,
    markersDrawn: markers.drawn,
    openPlace(id, moveFocus, returnFocus) {
      const feature = placeById(id);
      if (feature !== undefined)
        openFeature(feature, moveFocus, returnFocus ?? (() => markers.elementOf(id)));
    },
    filterPlaces(visible) {
      list.filter(visible);
      // A large dataset draws only some places at a time: its markers filter themselves.
      if (large) {
        markers.filter?.(visible);
        return;
      }
      for (const feature of dataset.features) {
        const hidden = visible !== undefined && !visible.has(feature.id);
        markers.elementOf(feature.id)?.classList.toggle('nm-marker--filtered', hidden);
      }
    },
  });

  const basemapTimer = setTimeout(addBackground, BLANK_MAP_MAX_MS);

  return {
    openPlace(id, moveFocus) {
      const feature = placeById(id);
      if (feature === undefined) return false;
      openFeature(feature, moveFocus, () => markers.elementOf(id));
      return true;
    },
    closePlace: () => popup.close(),
    openPlaceId: () => open?.feature.id,
    openStep: (id) => storyFeatures.openStep(id),
    // Settles after the list is drawn, which was asked for first.
    painted: listDue,
    remove() {
      // The story's camera first, so that no flight it started opens a place as it stops.
      storyFeatures.remove();
      resizeObserver.disconnect();
      clearTimeout(resizeTimer);
      stopMapMotion(leafletMap);
      root.removeEventListener('keydown', onKeyDown);
      popup.remove();
      list.remove();
      markers.remove();
      removed = true;
      clearTimeout(basemapTimer);
      basemap?.remove();
      embedControl?.remove();
      leafletMap.remove();
      // A frame Leaflet requested for a zoom that never started still calls its handlers.
      leafletMap.off();
      layout.remove();
    },
  };
}
