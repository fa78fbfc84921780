/**
 * Leaflet 1.9 keeps the listeners it adds to `window` (during a drag, for instance) in a
 * `window._leaflet_events` object that it empties but never deletes. A library on someone
 * else's page must leave `window` as it found it. (The other trace of Leaflet's packaged build,
 * `window.L`, is never made: newsmap bundles Leaflet's modules, see viewer/leaflet.ts.)
 */
const LEAFLET_EVENTS = '_leaflet_events';

/** Deletes `window._leaflet_events` once Leaflet holds no listener in it. */
export function removeIdleLeafletEvents(): void {
  const events: unknown = Reflect.get(globalThis, LEAFLET_EVENTS);
  if (typeof events !== 'object' || events === null) return;
  if (Object.values(events).every((handler) => handler === null || handler === undefined))
    Reflect.deleteProperty(globalThis, LEAFLET_EVENTS);
}
