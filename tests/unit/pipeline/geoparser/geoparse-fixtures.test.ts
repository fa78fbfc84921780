import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { distance } from '@turf/distance';
import * as v from 'valibot';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  extentSchema,
  gazetteerRefSchema,
  PLACE_KINDS,
  placeIdSchema,
} from '../../../../src/schema/dataset-schema.js';
import { geoparse, loadGazetteer, type Toponym } from '../../../../src/pipeline/geoparser/index.js';
import type { Gazetteer } from '../../../../src/pipeline/geoparser/types.js';

/**
 * Small annotated articles of our own (tests/fixtures/geoparser/<case>.txt) with the
 * toponyms they must yield and the capitalised words that must not be toponyms
 * (<case>.expected.json). Each covers a hard case: Paris, Texas vs Paris; Georgia the state
 * vs the country; Washington the city vs the state; persons, ships and demonyms.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/geoparser');

interface ExpectedToponym {
  text: string;
  /** Which occurrence of `text` in the article, counting from 1. */
  occurrence: number;
  countryCode?: string;
  kind?: string;
  near?: [number, number];
  withinKm?: number;
}

interface Expectation {
  description: string;
  toponyms: ExpectedToponym[];
  notToponyms?: string[];
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

let gazetteer: Gazetteer;
beforeAll(() => {
  // On a fresh clone the first load builds the cache from the packages.
  gazetteer = loadGazetteer();
}, 180_000);

const cases = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -4));

test('there are fixtures for the hard cases', () => {
  expect(cases).toEqual(
    expect.arrayContaining([
      'paris-texas',
      'paris-france',
      'georgia-state',
      'georgia-country',
      'washington-city',
      'washington-state',
      'strait-patrol',
      'flu-tally',
    ]),
  );
});

describe.each(cases)('%s', (name) => {
  const text = readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
  const expected = JSON.parse(
    readFileSync(path.join(FIXTURES, `${name}.expected.json`), 'utf8'),
  ) as Expectation;
  let toponyms: Toponym[];
  beforeAll(() => {
    toponyms = geoparse(text, gazetteer);
  });

  test('every toponym is a slice of the text at its offsets', () => {
    expect(toponyms.length).toBeGreaterThan(0);
    for (const toponym of toponyms)
      expect(text.slice(toponym.start, toponym.end)).toBe(toponym.text);
  });

  test('every place fits the dataset schema: slug id, kind, extent, gazetteer reference', () => {
    for (const { place } of toponyms) {
      expect(v.is(placeIdSchema, place.id), place.id).toBe(true);
      expect(PLACE_KINDS).toContain(place.kind);
      expect(v.is(gazetteerRefSchema, place.gazetteer), place.id).toBe(true);
      if (place.extent) expect(v.is(extentSchema, place.extent), place.id).toBe(true);
      expect(Math.abs(place.lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(place.lat)).toBeLessThanOrEqual(90);
    }
  });

  test.each(expected.toponyms)('$text #$occurrence resolves as annotated', (want) => {
    const start = occurrences(text, want.text)[want.occurrence - 1];
    expect(start, `"${want.text}" occurs ${want.occurrence} times`).toBeDefined();
    const toponym = toponyms.find(
      (candidate) => candidate.start === start && candidate.text === want.text,
    );
    expect(toponym, `"${want.text}" at ${start} is recognised`).toBeDefined();
    if (!toponym) return;
    if (want.countryCode) expect(toponym.place.countryCode).toBe(want.countryCode);
    if (want.kind) expect(toponym.place.kind).toBe(want.kind);
    if (want.near) {
      const km = distance(want.near, [toponym.place.lon, toponym.place.lat]);
      expect(km).toBeLessThanOrEqual(want.withinKm ?? 161);
    }
    expect(toponym.confidence).toBeGreaterThan(0);
    expect(toponym.confidence).toBeLessThanOrEqual(1);
  });

  const rejected = expected.notToponyms ?? [];
  test.runIf(rejected.length > 0).each(rejected)('"%s" is not a toponym', (phrase) => {
    const spans = occurrences(text, phrase).map((start) => [start, start + phrase.length] as const);
    expect(spans.length).toBeGreaterThan(0);
    const overlapping = toponyms.filter((toponym) =>
      spans.some(([start, end]) => toponym.start < end && toponym.end > start),
    );
    expect(overlapping.map((toponym) => toponym.text)).toEqual([]);
  });
});
