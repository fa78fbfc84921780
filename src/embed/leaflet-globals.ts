import L from 'leaflet';

/**
 * Leaflet 1.9 leaves traces on `window`: it assigns `window.L` when it loads (replacing a host
 * page's own `L`, an older Leaflet or anything else by that name), and it keeps the listeners
 * it adds to `window` (during a drag, for instance) in a `window._leaflet_events` object that
 * it empties but never deletes. A library on someone else's page must leave `window` as it
 * found it; newsmap reaches Leaflet through imports only, so neither global is needed.
 */
const LEAFLET_EVENTS = '_leaflet_events';
let restored = false;

/**
 * Puts back what `window.L` was before Leaflet loaded, or removes it. Leaflet's own
 * `noConflict()` knows, having noted it as it loaded: no guess about the order in which the
 * bundle's modules run.
 */
export function restoreGlobalL(): void {
  if (restored) return;
  restored = true;
  L.noConflict();
  if (Reflect.get(globalThis, 'L') === undefined) Reflect.deleteProperty(globalThis, 'L');
}

/** Deletes `window._leaflet_events` once Leaflet holds no listener in it. */
export function removeIdleLeafletEvents(): void {
  const events: unknown = Reflect.get(globalThis, LEAFLET_EVENTS);
  if (typeof events !== 'object' || events === null) return;
  if (Object.values(events).every((handler) => handler === null || handler === undefined))
    Reflect.deleteProperty(globalThis, LEAFLET_EVENTS);
}
