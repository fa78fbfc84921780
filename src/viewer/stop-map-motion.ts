import type L from 'leaflet';

/**
 * Brings every movement of the map to its end before the map is taken out: a pan or a flight
 * (`map.stop()`) and a zoom animation, which `stop()` leaves running. Leaflet finishes a zoom
 * on its proxy's `transitionend`, or on a timer 250 ms later that would find the map removed
 * (and throw in its renderers); ending it now, through that same event, leaves nothing pending.
 */
export function stopMapMotion(map: L.Map): void {
  map.stop();
  const container = map.getContainer();
  if (container.querySelector('.leaflet-map-pane.leaflet-zoom-anim') === null) return;
  container
    .querySelector('.leaflet-proxy')
    ?.dispatchEvent(new TransitionEvent('transitionend', { propertyName: 'transform' }));
}
