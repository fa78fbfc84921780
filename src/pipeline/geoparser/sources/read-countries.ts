import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Polygon, Position } from 'geojson';
import type { Extent } from '../../../schema/dataset-schema.js';

/** A country: its ISO code, English names, and where it lies (Natural Earth 1:50m). */
export interface CountrySource {
  readonly code: string;
  readonly names: readonly string[];
  /** Absent for the few ISO codes Natural Earth does not draw at 1:50m. */
  readonly shape?: { readonly lon: number; readonly lat: number; readonly extent: Extent };
}

interface CountryNames {
  getAlpha2Codes(): Record<string, string>;
  alpha2ToNumeric(code: string): string | undefined;
  getName(code: string, lang: string, options: { select: 'all' }): string[] | undefined;
}

const require = createRequire(import.meta.url);

/** Islands smaller than this share of the mainland do not stretch the country's extent. */
const EXTENT_MIN_SHARE = 0.05;

function ringArea(ring: readonly Position[]): number {
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    twiceArea += xj * yi - xi * yj;
  }
  return twiceArea / 2;
}

/** Area centroid of a ring in lon/lat: close enough to the centre an atlas gives. */
function ringCentroid(ring: readonly Position[]): [number, number] {
  const area = ringArea(ring);
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const cross = xj * yi - xi * yj;
    cx += (xi + xj) * cross;
    cy += (yi + yj) * cross;
  }
  return [cx / (6 * area), cy / (6 * area)];
}

function polygonsOf(geometry: { type: string; coordinates?: unknown }): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as Polygon['coordinates']];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Position[][][];
  return [];
}

/** A ring drawn across the antimeridian, moved east of it so that its sums mean something. */
function unwrapRing(ring: Position[]): Position[] {
  const lons = ring.map(([x = 0]) => x);
  if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
  return ring.map(([x = 0, y = 0]) => [x < 0 ? x + 360 : x, y]);
}

const wrapLon = (lon: number) => (lon > 180 ? lon - 360 : lon);

/** The mainland's centroid, and an extent over the mainland and its larger islands. */
function shapeOf(polygons: Position[][][]): CountrySource['shape'] {
  const outerRings = polygons
    .map((polygon) => unwrapRing(polygon[0] ?? []))
    .filter((ring) => ring.length > 2);
  const areas = outerRings.map((ring) => Math.abs(ringArea(ring)));
  const largest = Math.max(...areas);
  const mainland = outerRings[areas.indexOf(largest)];
  if (!mainland) return undefined;
  const [lon, lat] = ringCentroid(mainland);
  let [west, south, east, north] = [180, 90, -180, -90];
  outerRings.forEach((ring, i) => {
    if ((areas[i] ?? 0) < largest * EXTENT_MIN_SHARE) return;
    for (const [x = 0, y = 0] of ring) {
      west = Math.min(west, x);
      east = Math.max(east, x);
      south = Math.min(south, y);
      north = Math.max(north, y);
    }
  });
  return { lon: wrapLon(lon), lat, extent: [wrapLon(west), south, wrapLon(east), north] };
}

/** Every ISO 3166-1 country with its English names (i18n-iso-countries) and its shape. */
export function readCountries(): CountrySource[] {
  const names = require('i18n-iso-countries') as CountryNames;
  const topology = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection;
  }>;
  const shapes = new Map<string, Position[][][]>();
  for (const geometry of topology.objects.countries.geometries) {
    if (geometry.id === undefined) continue;
    const geoJson = feature(topology, geometry) as Feature;
    // Natural Earth draws some countries as more than one unit under one code (Australia).
    const id = String(geometry.id);
    shapes.set(id, [...(shapes.get(id) ?? []), ...polygonsOf(geoJson.geometry)]);
  }
  return Object.keys(names.getAlpha2Codes()).map((code) => {
    const numeric = names.alpha2ToNumeric(code);
    const polygons = numeric === undefined ? undefined : shapes.get(numeric);
    const shape = polygons && polygons.length > 0 ? shapeOf(polygons) : undefined;
    const countryNames = names.getName(code, 'en', { select: 'all' }) ?? [];
    return shape ? { code, names: countryNames, shape } : { code, names: countryNames };
  });
}
