import * as L from './leaflet.js';

export type CameraTarget =
  { bounds: L.LatLngBounds; maxZoom: number } | { latLng: L.LatLng; zoom: number };

export interface MapCamera {
  /**
   * Moves the map to the target, then calls `then` (to open a popup, whose own pan would
   * otherwise cut the flight short). A newer move cancels the `then` of an older one. With
   * `animate` false (a deep link) it jumps.
   */
  show(target: CameraTarget, then: () => void, animate?: boolean): void;
  remove(): void;
}

// Keeps a framed area clear of the map's edges and controls.
const PADDING = L.point(36, 36);
// Long flights are shortened: a story step should not take longer to reach than to read.
const FLIGHT_SECONDS = 1.4;

/**
 * The one way story mode and journeys move the map: a flight, or with `reduceMotion`
 * (prefers-reduced-motion) a jump, with no animation at all.
 */
export function createMapCamera(map: L.Map, reduceMotion: boolean): MapCamera {
  let pending: (() => void) | undefined;
  let resized = false;

  const view = (target: CameraTarget): { centre: L.LatLng; zoom: number } => {
    if ('latLng' in target) return { centre: target.latLng, zoom: target.zoom };
    const zoom = Math.min(target.maxZoom, map.getBoundsZoom(target.bounds, false, PADDING));
    return { centre: target.bounds.getCenter(), zoom };
  };
  const onResize = () => {
    resized = true;
  };
  // Leaflet's invalidateSize fires moveend, then resize: when the panel under the map grows
  // mid-flight, that moveend ends no flight, and a popup opened then would fly off the top.
  const onMoveEnd = () => {
    const then = pending;
    resized = false;
    queueMicrotask(() => {
      if (then === undefined || pending !== then) return;
      if (resized) {
        map.once('moveend', onMoveEnd);
        return;
      }
      pending = undefined;
      then();
    });
  };
  map.on('resize', onResize);

  return {
    show(target, then, animate = true) {
      pending = undefined;
      map.off('moveend', onMoveEnd);
      const { centre, zoom } = view(target);
      const offset = map.latLngToContainerPoint(centre).distanceTo(map.getSize().divideBy(2));
      if (!animate || reduceMotion || (offset < 1 && zoom === map.getZoom())) {
        map.setView(centre, zoom, { animate: false });
        then();
        return;
      }
      map.flyTo(centre, zoom, { duration: FLIGHT_SECONDS });
      // Registered after the flight starts, so that the end of an interrupted one is not taken for it.
      pending = then;
      map.once('moveend', onMoveEnd);
    },
    remove() {
      pending = undefined;
      map.off('moveend', onMoveEnd);
      map.off('resize', onResize);
    },
  };
}
