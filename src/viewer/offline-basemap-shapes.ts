import { feature, meshArcs } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import { unwrapRing } from './unwrap-ring.js';

/** The topology the offline base map is drawn from: world-atlas's land and countries. */
export type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/**
 * The offline base map's shapes, each decoded from the topology only when it is asked for:
 * the land as one polygon (an island, a continent) at a time, each as its rings, then the
 * borders between countries as one line at a time. Decoded all at once (topojson's `feature`
 * of the land and `mesh` of the countries), they were one task of about 110 ms after the first
 * marker on the article's page and up to 210 ms beside a million places; one at a time, they
 * are decoded in the slices in which the base map is drawn.
 */
export function offlineBasemapShapes(topology: WorldTopology): {
  land: (() => Position[][])[];
  borders: () => (() => Position[])[];
} {
  const land = topology.objects.land.geometries.flatMap((geometry) =>
    geometry.type === 'MultiPolygon'
      ? geometry.arcs
      : geometry.type === 'Polygon'
        ? [geometry.arcs]
        : [],
  );
  return {
    land: land.map(
      (arcs) => () =>
        feature(topology, { type: 'Polygon', arcs }).geometry.coordinates.map(unwrapRing),
    ),
    // The lines between two different countries, as `mesh(topology, countries, a !== b)` gives them.
    borders: () =>
      meshArcs(topology, topology.objects.countries, (a, b) => a !== b).arcs.map(
        (arcs) => () => feature(topology, { type: 'LineString', arcs }).geometry.coordinates,
      ),
  };
}
