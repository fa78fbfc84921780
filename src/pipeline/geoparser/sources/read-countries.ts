import { createRequire } from 'node:module';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Polygon, Position } from 'geojson';
import type { Extent } from '../../../schema/dataset-schema.js';

/** A country: its ISO code, English names, and where it lies (Natural Earth 1:50m). */
export interface CountrySource {
  readonly code: string;
  readonly names: readonly string[];
  /** Absent for the few ISO codes Natural Earth does not draw at 1:50m. */
  readonly shape?: CountryShape;
  /** The atlas point (world-countries `latlng`); absent where the package has none. */
  readonly conventional?: { readonly lon: number; readonly lat: number };
}

export interface CountryShape {
  /** Area centroid of the largest landmass on an equal-area map. */
  readonly lon: number;
  readonly lat: number;
  readonly extent: Extent;
  /** The largest landmass's share of the country's land, 0..1. */
  readonly mainlandShare: number;
  /**
   * Whether the centroid lies on the mainland: the centroid of a bent country (Norway,
   * Vietnam) falls in its neighbour.
   */
  readonly centroidOnMainland: boolean;
}

interface CountryNames {
  getAlpha2Codes(): Record<string, string>;
  alpha2ToNumeric(code: string): string | undefined;
  getName(code: string, lang: string, options: { select: 'all' }): string[] | undefined;
}

const require = createRequire(import.meta.url);

/** Islands smaller than this share of the mainland do not stretch the country's extent. */
const EXTENT_MIN_SHARE = 0.05;

/**
 * A ring on Lambert's cylindrical equal-area map (y = sin latitude): on it a square degree
 * near the pole weighs what it covers, where on the plain lon/lat grid it would weigh as
 * much as one at the equator and drag a northern country's centroid poleward.
 */
function toEqualArea(ring: readonly Position[]): Position[] {
  return ring.map(([x = 0, y = 0]) => [x, Math.sin((y * Math.PI) / 180)]);
}

const fromEqualArea = (y: number) => (Math.asin(Math.max(-1, Math.min(1, y))) * 180) / Math.PI;

function ringArea(ring: readonly Position[]): number {
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    twiceArea += xj * yi - xi * yj;
  }
  return twiceArea / 2;
}

/** Area centroid of a ring in the plane of its coordinates. */
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

/**
 * A polygon drawn across the antimeridian, moved east of it so that its sums mean something;
 * its holes move with it.
 */
function unwrapPolygon(polygon: Position[][]): Position[][] {
  const lons = (polygon[0] ?? []).map(([x = 0]) => x);
  if (Math.max(...lons) - Math.min(...lons) <= 180) return polygon;
  return polygon.map((ring) => ring.map(([x = 0, y = 0]) => [x < 0 ? x + 360 : x, y]));
}

const wrapLon = (lon: number) => (lon > 180 ? lon - 360 : lon);

/**
 * The mainland's area centroid on an equal-area map, the mainland's share of the land, and an
 * extent over the mainland and its larger islands.
 */
function shapeOf(polygons: Position[][][]): CountryShape | undefined {
  const landPolygons = polygons
    .map(unwrapPolygon)
    .filter((polygon) => (polygon[0]?.length ?? 0) > 2);
  const outerRings = landPolygons.map((polygon) => polygon[0] ?? []);
  const projected = outerRings.map(toEqualArea);
  const areas = projected.map((ring) => Math.abs(ringArea(ring)));
  const largest = Math.max(...areas);
  const mainlandIndex = areas.indexOf(largest);
  const mainland = projected[mainlandIndex];
  if (!mainland) return undefined;
  const [lon, y] = ringCentroid(mainland);
  const centroidOnMainland = booleanPointInPolygon([lon, y], {
    type: 'Polygon',
    coordinates: (landPolygons[mainlandIndex] ?? []).map(toEqualArea),
  });
  const lat = fromEqualArea(y);
  const mainlandShare = largest / areas.reduce((sum, area) => sum + area, 0);
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
  return {
    lon: wrapLon(lon),
    lat,
    extent: [wrapLon(west), south, wrapLon(east), north],
    mainlandShare,
    centroidOnMainland,
  };
}

/** ISO alpha-2 -> the country's atlas point, as world-countries (ODbL-1.0) gives it. */
function readConventionalPoints(): Map<string, { lon: number; lat: number }> {
  const countries = require('world-countries') as { cca2: string; latlng: number[] }[];
  const points = new Map<string, { lon: number; lat: number }>();
  for (const { cca2, latlng } of countries) {
    const [lat, lon] = latlng;
    if (lat !== undefined && lon !== undefined) points.set(cca2, { lon, lat });
  }
  return points;
}

/**
 * Every ISO 3166-1 country with its English names (i18n-iso-countries), its shape (Natural
 * Earth) and its atlas point (world-countries).
 */
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
  const conventionalPoints = readConventionalPoints();
  return Object.keys(names.getAlpha2Codes()).map((code) => {
    const numeric = names.alpha2ToNumeric(code);
    const polygons = numeric === undefined ? undefined : shapes.get(numeric);
    const shape = polygons && polygons.length > 0 ? shapeOf(polygons) : undefined;
    const countryNames = names.getName(code, 'en', { select: 'all' }) ?? [];
    const conventional = conventionalPoints.get(code);
    return {
      code,
      names: countryNames,
      ...(shape ? { shape } : {}),
      ...(conventional ? { conventional } : {}),
    };
  });
}
