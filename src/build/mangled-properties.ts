import type { BuildOptions } from 'esbuild';

/**
 * Names with a leading underscore that must stay as they are: `_leaflet_id` and its kin, which
 * Leaflet also reads by their names in strings (`'_leaflet_id' in obj`), and the functions
 * LineUtil exports under such names, which its importers reach as a namespace's properties
 * while the namespace keeps the exported names.
 */
export const KEPT_PRIVATE_NAMES =
  /^_(leaflet_.*|getEdgeIntersection|getBitCode|sqClosestPointOnSegment|flat)$/;

/**
 * esbuild's options that give every other property named with a leading underscore a short
 * name: Leaflet's private members (`_map`, `_container`, `_zoomAnimated`...) are long and
 * written all through its code (1.7 KB gzip). The names are the same across one build's chunks
 * but not between builds, so only for builds whose objects never meet another's, as each
 * page's and each embeddable module's own copy of Leaflet does.
 */
export const MANGLED_PROPERTIES = {
  mangleProps: /^_[a-z]/i,
  reserveProps: KEPT_PRIVATE_NAMES,
} satisfies BuildOptions;
