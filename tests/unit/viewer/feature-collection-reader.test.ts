import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createFeatureCollectionReader } from '../../../src/viewer/feature-collection-reader.js';

const ARTICLE = readFileSync('data/blinken-beijing-talks-2023.geojson', 'utf8');

/** A deterministic generator of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** The text cut into pieces of at most `size` characters, or of random sizes when `size` is a generator. */
function pieces(text: string, size: number | (() => number)): string[] {
  const cut: string[] = [];
  for (let at = 0; at < text.length;) {
    const length = typeof size === 'number' ? size : 1 + Math.floor(size() * 200);
    cut.push(text.slice(at, at + length));
    at += length;
  }
  return cut;
}

function read(
  cut: string[],
): ReturnType<ReturnType<typeof createFeatureCollectionReader>['finish']> {
  const reader = createFeatureCollectionReader();
  for (const piece of cut) reader.push(piece);
  return reader.finish();
}

const jsonValue = (text: string): { value: unknown } | undefined => {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
};

/**
 * What a reader must give for any text in any pieces: JSON.parse's value (same members in the
 * same order, own `__proto__` included), or, when it does not follow the text, the whole text.
 * A text that is no JSON never gets a value.
 */
function expectAsJsonParse(text: string, cut: string[]): 'value' | 'text' {
  const result = read(cut);
  const expected = jsonValue(text);
  if ('text' in result) {
    expect(result.text).toBe(text);
    return 'text';
  }
  expect(expected, `accepted text JSON.parse rejects: ${text.slice(0, 200)}`).toBeDefined();
  expect(JSON.stringify(result.value)).toBe(JSON.stringify(expected?.value));
  expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  return 'value';
}

function fixtureTexts(): [string, string][] {
  return ['good', 'bad'].flatMap((folder) => {
    const dir = path.join('tests/fixtures/datasets', folder);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name): [string, string] => [name, readFileSync(path.join(dir, name), 'utf8')]);
  });
}

describe('reading a FeatureCollection as it arrives', () => {
  test.each([1, 2, 7, 64, 4096, ARTICLE.length])(
    "reads the article's dataset in pieces of %i characters to JSON.parse's value",
    (size) => {
      expect(expectAsJsonParse(ARTICLE, pieces(ARTICLE, size))).toBe('value');
    },
  );

  test('reads every fixture dataset, cut at random, as JSON.parse does or hands back its text', () => {
    const random = seeded(7);
    const outcomes = fixtureTexts().map(([, text]) =>
      expectAsJsonParse(text, pieces(text, random)),
    );
    expect(outcomes).toContain('value');
  });

  // Places whose nested values begin as a place does, so that the text between two places
  // also occurs inside them: there, the end of a place is found by scanning.
  const lookalikes = (indent?: number): string =>
    JSON.stringify(
      {
        type: 'FeatureCollection',
        features: Array.from({ length: 300 }, (_, i) => ({
          type: 'Feature',
          id: `p${i}`,
          parts: [
            { type: 'Feature', n: i },
            { type: '},{"type"', n: [i, { type: ']' }] },
          ],
        })),
      },
      undefined,
      indent,
    );

  test('has read the places that have arrived before the rest of the text', () => {
    const reader = createFeatureCollectionReader();
    const places = (JSON.parse(ARTICLE) as { features: unknown[] }).features;
    const cut = pieces(ARTICLE, 512);
    const half = Math.floor(cut.length / 2);
    cut.slice(0, half).forEach((piece) => reader.push(piece));
    const early = reader.places.length;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(places.length);
    expect(reader.places).toEqual(places.slice(0, early));
    cut.slice(half).forEach((piece) => reader.push(piece));
    const result = reader.finish();
    expect('value' in result && (result.value as { features: unknown }).features).toBe(
      reader.places,
    );
    expect(reader.places).toEqual(places);
  });

  test.each([undefined, 2])(
    'reads places that hold values shaped like places (indent %s), cut at random',
    (indent) => {
      const random = seeded(3);
      const text = lookalikes(indent);
      for (let trial = 0; trial < 20; trial += 1)
        expect(
          expectAsJsonParse(
            text,
            pieces(text, () => random() * 40),
          ),
        ).toBe('value');
    },
  );

  test('never accepts a one-character change to places shaped like places that JSON.parse rejects', () => {
    const random = seeded(5);
    const text = lookalikes();
    const inserts = ['{', '}', '[', ']', ',', '"', '\\'];
    const outcomes = new Set<string>();
    for (let trial = 0; trial < 400; trial += 1) {
      const at = Math.floor(random() * text.length);
      const insert = inserts[Math.floor(random() * inserts.length)] ?? '';
      const changed = text.slice(0, at) + insert + text.slice(at);
      outcomes.add(
        expectAsJsonParse(
          changed,
          pieces(changed, () => random() * 40),
        ),
      );
    }
    expect([...outcomes].sort()).toEqual(['text', 'value']);
  });

  test.each([
    ['an empty document', '{}'],
    ['no places', '{"type":"FeatureCollection","features":[]}'],
    ['blank places', '{"features":[ \n ]}'],
    ['places after the other members', '{"a":[1,{"b":"}]"}],"features":[{"x":"\\"]"},2]}'],
    ['a repeated features member', '{"features":[1,2],"n":1,"features":[3]}'],
    ['features that are not a list', '{"features":{"a":[1]}}'],
    ['a __proto__ member', '{"__proto__":{"polluted":true},"features":[]}'],
    ['escaped keys', '{"fe\\u0061tures":[1],"\\"":2}'],
    ['whitespace everywhere', ' \t\r\n{ "features" : [ 1 , 2 ] , "b" : null } \n'],
    ['deep nesting', `{"features":[${'['.repeat(50)}${']'.repeat(50)}]}`],
    ['escaped backslashes before quotes', '{"features":["a\\\\",{"b":"\\\\\\""}]}'],
  ])('reads %s as JSON.parse does', (_, text) => {
    for (const size of [1, 3, text.length])
      expect(expectAsJsonParse(text, pieces(text, size))).toBe('value');
  });

  test.each([
    ['a list at the top', '[1,2]'],
    ['a string at the top', '"features"'],
    ['a missing comma between places', '{"features":[1 2]}'],
    ['two commas between places', '{"features":[1,,2]}'],
    ['a comma before the first place', '{"features":[,1]}'],
    ['a comma after the last place', '{"features":[1,]}'],
    ['a comma after the last member', '{"features":[1],}'],
    ['a missing colon', '{"features" [1]}'],
    ['an unquoted key', '{features:[1]}'],
    ['a brace closing the places', '{"features":[1}}'],
    ['a bracket closing a member', '{"a":1]'],
    ['a cut-off download', '{"features":[{"a":1},{"b"'],
    ['a cut-off document', '{"features":[1]'],
    ['text after the document', '{"features":[1]} x'],
    ['an empty member value', '{"a":,"features":[]}'],
    ['a control character in a key', '{"fea\ntures":[]}'],
    ['a single-quoted string', "{'features':[]}"],
  ])('hands back the whole text of %s', (_, text) => {
    for (const size of [1, 2, text.length])
      expect(expectAsJsonParse(text, pieces(text, size))).toBe('text');
  });

  test("never accepts a one-character change to the article's dataset that JSON.parse rejects", () => {
    const random = seeded(11);
    const inserts = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', 'x', '0'];
    let values = 0;
    for (let trial = 0; trial < 600; trial += 1) {
      const at = Math.floor(random() * ARTICLE.length);
      const insert = inserts[Math.floor(random() * inserts.length)] ?? '';
      const changed =
        trial % 2 === 0
          ? ARTICLE.slice(0, at) + insert + ARTICLE.slice(at + 1)
          : ARTICLE.slice(0, at) + ARTICLE.slice(at + 1);
      if (expectAsJsonParse(changed, pieces(changed, random)) === 'value') values += 1;
    }
    // Most changes land in strings, where the text stays JSON: both outcomes are exercised.
    expect(values).toBeGreaterThan(100);
    expect(values).toBeLessThan(600);
  });
});
