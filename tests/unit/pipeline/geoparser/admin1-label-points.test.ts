import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  deriveAdmin1LabelPoints,
  formatAdmin1LabelPointsFile,
  type NaturalEarthAdmin1,
} from '../../../../src/pipeline/geoparser/derive-admin1-label-points.js';
import {
  ADMIN1_LABEL_POINTS_URL,
  readAdmin1LabelPoints,
} from '../../../../src/pipeline/geoparser/sources/read-admin1-label-points.js';

function unit(code: string | undefined, lon?: number, lat?: number): NaturalEarthAdmin1 {
  return { properties: { gn_a1_code: code, longitude: lon, latitude: lat } };
}

/** Writes `text` to a temporary file, hands its URL to `use`, and removes it again. */
function withTemporaryFile<T>(text: string, use: (url: URL) => T): T {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'newsmap-label-points-'));
  const file = path.join(folder, 'admin1-label-points.json');
  writeFileSync(file, text);
  try {
    return use(new URL(`file://${file}`));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('deriveAdmin1LabelPoints', () => {
  test('keeps a code one unit carries, drops a code several share and units without code or point', () => {
    const points = deriveAdmin1LabelPoints([
      unit('CA.08', -84.5, 50.1),
      unit('GB.ENG', -1.5, 52.5),
      unit('GB.ENG', -0.1, 51.5),
      unit('', 10, 10),
      unit(undefined, 11, 11),
      unit('FR.11', undefined, 48.7),
      unit('FR.44', 2.3, undefined),
    ]);
    expect([...points]).toEqual([['CA.08', { lon: -84.5, lat: 50.1 }]]);
  });
});

describe('the checked-in label point table', () => {
  test('reads back exactly what was derived and written', () => {
    const derived = deriveAdmin1LabelPoints([
      unit('US.TX', -98.7, 31.2),
      unit('CA.08', -84.5, 50.1),
    ]);
    const text = formatAdmin1LabelPointsFile(derived);
    expect(text).toMatch(/"CA\.08": \[-84\.5, 50\.1\],\n {4}"US\.TX": \[-98\.7, 31\.2\]\n/);
    expect(withTemporaryFile(text, readAdmin1LabelPoints)).toEqual(derived);
  });

  test('is the one its generator writes, with its provenance, and holds the provinces', () => {
    const text = readFileSync(ADMIN1_LABEL_POINTS_URL, 'utf8');
    const points = readAdmin1LabelPoints();
    expect(formatAdmin1LabelPointsFile(points)).toBe(text);
    expect(text).toMatch(/"licence": "Natural Earth: public domain/);
    expect(points.size).toBeGreaterThan(4_000);
    // Ontario: its towns lie in the south, its label in the middle of the province.
    expect(points.get('CA.08')).toEqual({ lon: -84.7943, lat: 50.5244 });
    expect(points.has('GB.ENG')).toBe(false);
  });

  test('an entry out of range is refused with its path', () => {
    const text = formatAdmin1LabelPointsFile(new Map([['CA.08', { lon: 200, lat: 50 }]]));
    expect(() => withTemporaryFile(text, readAdmin1LabelPoints)).toThrow(/points\.CA\.08\.0/);
  });
});
