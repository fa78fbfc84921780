/**
 * Leaflet 1.9 leaves traces on `window`: it assigns `window.L` when it loads (replacing a host
 * page's own `L`, an older Leaflet or anything else by that name), and it keeps the listeners
 * it adds to `window` (during a drag, for instance) in a `window._leaflet_events` object that
 * it empties but never deletes. A library on someone else's page must leave `window` as it
 * found it. Imported before Leaflet, this module notes the page's `L`; newsmap reaches Leaflet
 * through imports only, so neither global is needed.
 */
const hadL = Object.prototype.hasOwnProperty.call(globalThis, 'L');
const previousL: unknown = hadL ? Reflect.get(globalThis, 'L') : undefined;
const LEAFLET_EVENTS = '_leaflet_events';

/** Puts back the page's own `L`, or removes Leaflet's; call once Leaflet has loaded. */
export function restoreGlobalL(): void {
  if (hadL) Reflect.set(globalThis, 'L', previousL);
  else Reflect.deleteProperty(globalThis, 'L');
}

/** Deletes `window._leaflet_events` once Leaflet holds no listener in it. */
export function removeIdleLeafletEvents(): void {
  const events: unknown = Reflect.get(globalThis, LEAFLET_EVENTS);
  if (typeof events !== 'object' || events === null) return;
  if (Object.values(events).every((handler) => handler === null || handler === undefined))
    Reflect.deleteProperty(globalThis, LEAFLET_EVENTS);
}
