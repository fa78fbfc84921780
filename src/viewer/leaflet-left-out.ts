/**
 * What Leaflet's own modules import from the modules newsmap leaves out of its bundles
 * (src/build/leaflet-left-out-plugin.ts), as values that make them take the path newsmap's
 * maps take anyway.
 */

/** Renderer.getRenderer's canvas factory: none, so the default renderer is SVG. */
export const canvas = (): undefined => undefined;

/** Marker's drag handler: none, which Marker checks for before making one. */
export const MarkerDrag = undefined;

/**
 * Marker's default icon: a bare Icon, which has no picture to show. Every newsmap marker is
 * given a div icon.
 */
export { Icon as IconDefault } from 'leaflet/src/layer/marker/Icon.js';

/** A constructor newsmap never calls, for popups' `instanceof FeatureGroup`, always false. */
export function FeatureGroup(): never {
  throw new Error('newsmap makes no feature group');
}

/** SVG's VML variant, used only where `Browser.vml` holds. */
export const vmlMixin = {};
export const vmlCreate = undefined;
