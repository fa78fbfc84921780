import * as L from './leaflet.js';

/**
 * Brings every movement of the map to its end before the map is taken out: a pan or a flight
 * (`map.stop()`) and a zoom animation, which `stop()` leaves running. Leaflet finishes a zoom
 * when its proxy's transition ends, or on a timer 250 ms later that would find the map removed
 * and throw; ending it now, through that same event, leaves nothing pending.
 */
export function stopMapMotion(map: L.Map): void {
  map.stop();
  const container = map.getContainer();
  if (container.querySelector('.leaflet-map-pane.leaflet-zoom-anim') === null) return;
  // Leaflet listens for the prefixed name where the browser has it (webkitTransitionEnd in Chromium).
  container
    .querySelector('.leaflet-proxy')
    ?.dispatchEvent(new TransitionEvent(L.TRANSITION_END, { propertyName: 'transform' }));
}
