import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { transform } from 'esbuild';
import { shapeCheckSource } from '../../../src/build/shape-check-source.js';
import { SHAPE_CHECKS_FILE, shapeChecksFileText } from '../../../src/build/shape-checks-file.js';
import {
  articleSchema,
  datasetOutlineSchema,
  datasetSchema,
  placeFeatureSchema,
} from '../../../src/schema/dataset-schema.js';
import { GENERATED_BAD_CASES } from '../../fixtures/datasets/generated-bad-cases.js';

const FIXTURES = 'tests/fixtures/datasets';
const ARTICLE = 'data/blinken-beijing-talks-2023.geojson';

/** Every fixture dataset that parses, good and bad, as the value the validator is given. */
function fixtureValues(): [string, unknown][] {
  const files = ['good', 'bad'].flatMap((folder) =>
    readdirSync(path.join(FIXTURES, folder))
      .filter((name) => name.endsWith('.json') && !name.endsWith('.expected.json'))
      .map((name) => path.join(FIXTURES, folder, name)),
  );
  const parsed = files.flatMap((file): [string, unknown][] => {
    try {
      return [[file, JSON.parse(readFileSync(file, 'utf8'))]];
    } catch {
      return [];
    }
  });
  const generated = Object.entries(GENERATED_BAD_CASES).flatMap(
    ([name, build]): [string, unknown][] => {
      const built = build();
      if ('value' in built) return [[name, built.value]];
      try {
        return [[name, JSON.parse(built.text)]];
      } catch {
        return [];
      }
    },
  );
  return [...parsed, ...generated];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Each path into a value, descending into the first two items of every list. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value)
    ? [0, 1].filter((index) => index < value.length)
    : Object.keys(value);
  return [
    at,
    ...keys.flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...at, key])),
  ];
}

const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  0,
  1.5,
  1e9,
  -181,
  181,
  -91,
  91,
  '',
  'x',
  'x'.repeat(101),
  'x'.repeat(201),
  'x'.repeat(5_001),
  'Feature',
  'Point',
  'city',
  'curated',
  'area',
  '2023-13-01',
  '2023-05',
  'matsu-islands',
  'Matsu Islands',
  'https://example.org/story',
  'javascript:alert(1)',
  true,
  false,
  [],
  [1, 2],
  {},
  { unexpected: 1 },
];

/** The value with the one at `at` replaced (or removed, for `undefined` in an object). */
function replaced(value: unknown, at: Path, replacement: unknown): unknown {
  const copy = structuredClone(value) as Json;
  if (at.length === 0) return replacement;
  let parent = copy as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = at.at(-1) ?? '';
  if (replacement === undefined && !Array.isArray(parent)) Reflect.deleteProperty(parent, last);
  else parent[last] = replacement;
  return copy;
}

/** The value with an unknown field added to the object at `at`. */
function withExtraField(value: unknown, at: Path): unknown {
  const copy = structuredClone(value) as Json;
  let target = copy as Record<string | number, unknown>;
  for (const key of at) target = target[key] as Record<string | number, unknown>;
  if (typeof target === 'object' && target !== null && !Array.isArray(target)) target['extra'] = 1;
  return copy;
}

/** Every single change of `value`: each replacement at each path, and an extra field in each object. */
function variantsOf(value: unknown): unknown[] {
  return pathsOf(value).flatMap((at) => [
    ...REPLACEMENTS.map((replacement) => replaced(value, at, replacement)),
    withExtraField(value, at),
  ]);
}

/** The check `shapeCheckSource` writes for `schema`, compiled and loaded. */
async function writtenCheck(schema: v.GenericSchema): Promise<(value: unknown) => boolean> {
  const { code } = await transform(shapeCheckSource({ check: schema }), {
    loader: 'ts',
    format: 'cjs',
  });
  const module: { exports: { check?: (value: unknown) => boolean } } = { exports: {} };
  // The test's own code, from the schema: run as the built viewer runs the checked-in file.
  new Function('module', code)(module);
  if (module.exports.check === undefined) throw new Error('the source defines no check');
  return module.exports.check;
}

/** How often the written check and valibot agree, by answer, and where they disagree. */
async function compare(schema: v.GenericSchema, values: readonly unknown[]) {
  const check = await writtenCheck(schema);
  const tally = { valid: 0, invalid: 0, disagreements: [] as string[] };
  for (const value of values) {
    const expected = v.is(schema, value);
    if (check(value) !== expected)
      tally.disagreements.push(`${JSON.stringify(value)?.slice(0, 300)}: valibot says ${expected}`);
    else if (expected) tally.valid++;
    else tally.invalid++;
  }
  return tally;
}

describe('the checks shapeCheckSource writes answer as v.is does', () => {
  const article = JSON.parse(readFileSync(ARTICLE, 'utf8')) as {
    features: unknown[];
    article: unknown;
  };

  test('on every fixture dataset, whole and feature by feature', async () => {
    const values = fixtureValues();
    expect(values.length).toBeGreaterThan(60);
    const whole = await compare(
      datasetSchema,
      values.map(([, value]) => value),
    );
    expect(whole.disagreements).toEqual([]);
    expect(whole.valid).toBeGreaterThan(0);
    expect(whole.invalid).toBeGreaterThan(40);
    const outlines = await compare(
      datasetOutlineSchema,
      values.map(([, value]) => value),
    );
    expect(outlines.disagreements).toEqual([]);
    const features = values.flatMap(([, value]) => {
      const list: unknown = (value as { features?: unknown } | null)?.features;
      return Array.isArray(list) ? list : [];
    });
    const byFeature = await compare(placeFeatureSchema, features);
    expect(byFeature.disagreements).toEqual([]);
    expect(byFeature.invalid).toBeGreaterThan(10);
  });

  test("on every single change to the article's places: each field replaced, removed or added", async () => {
    // Places that between them carry every optional field: an extent, quotes, captions, events.
    const places = article.features.filter((feature) => {
      const { properties } = feature as { properties: Record<string, unknown[] | undefined> };
      return (
        'extent' in properties ||
        (properties['quotes']?.length ?? 0) > 0 ||
        (properties['captions']?.length ?? 0) > 0
      );
    });
    expect(places.length).toBeGreaterThan(3);
    const tally = await compare(placeFeatureSchema, places.slice(0, 6).flatMap(variantsOf));
    expect(tally.disagreements).toEqual([]);
    expect(tally.valid).toBeGreaterThan(100);
    expect(tally.invalid).toBeGreaterThan(1_000);
  });

  test('on every single change to the article itself (its sentences, quotes and journeys)', async () => {
    const tally = await compare(articleSchema, variantsOf(article.article));
    expect(tally.disagreements).toEqual([]);
    expect(tally.valid).toBeGreaterThan(50);
    expect(tally.invalid).toBeGreaterThan(500);
  });

  test('on objects that are not plain: inherited fields are read and walked as valibot does', async () => {
    const [first] = article.features;
    const inheriting = Object.create({ extra: 1 }) as Record<string, unknown>;
    Object.assign(inheriting, first);
    const inherited = Object.create(first as object) as object;
    const tally = await compare(placeFeatureSchema, [inheriting, inherited, [], 'Feature', null]);
    expect(tally.disagreements).toEqual([]);
    // Only the place whose every field is inherited passes; the one with an extra field does not.
    expect(tally.valid).toBe(1);
    expect(tally.invalid).toBe(4);
  });
});

describe('shapeCheckSource refuses what it does not know', () => {
  test.each([
    [
      'a transformation',
      v.pipe(
        v.string(),
        v.transform((text) => text.trim()),
      ),
    ],
    ['a default', v.strictObject({ name: v.optional(v.string(), 'unnamed') })],
    ['a fallback', v.fallback(v.string(), 'none')],
    ['a custom check', v.custom((value) => value === 1)],
    ['a global pattern', v.pipe(v.string(), v.regex(/a/g))],
  ] as [string, v.GenericSchema][])('%s, when the check is built', (_, schema) => {
    expect(() => shapeCheckSource({ check: schema })).toThrow(/not supported/);
  });
});

test('the checked-in checks are what the schema gives (after a schema change, run `npm run shape-checks`)', async () => {
  expect(readFileSync(SHAPE_CHECKS_FILE, 'utf8')).toBe(await shapeChecksFileText());
});
