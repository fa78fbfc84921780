import { distance } from '@turf/distance';
import { beforeAll, describe, expect, test } from 'vitest';
import { geoparse } from '../../../../src/pipeline/geoparser/geoparse.js';
import { loadGazetteer } from '../../../../src/pipeline/geoparser/load-gazetteer.js';
import type { Gazetteer } from '../../../../src/pipeline/geoparser/types.js';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadGazetteer();
}, 180_000);

const resolved = (text: string) =>
  geoparse(text, gazetteer).map((toponym) => [toponym.text, toponym.place.id]);

describe('resolveToponyms', () => {
  test('a place from GeoNames carries its GeoNames id; a curated one says where it comes from', () => {
    const [beijing, strait] = geoparse('From Beijing across the Taiwan Strait.', gazetteer);
    expect(beijing?.place).toMatchObject({
      id: 'beijing-cn',
      kind: 'city',
      countryCode: 'CN',
      gazetteer: { source: 'geonames', id: '1816670' },
    });
    expect(beijing?.place.population).toBeGreaterThan(10_000_000);
    expect(strait?.place.gazetteer.source).toBe('curated');
    expect(strait?.place.gazetteer.note).toMatch(/licence/);
    expect(strait?.place.extent).toBeUndefined();
  });

  test('a country carries an extent around its mainland', () => {
    const [china] = geoparse('China', gazetteer);
    const [west, south, east, north] = china?.place.extent ?? [];
    expect([west, south, east, north].every((value) => typeof value === 'number')).toBe(true);
    expect(west).toBeLessThan(china?.place.lon ?? 0);
    expect(east).toBeGreaterThan(china?.place.lon ?? 0);
    expect(south).toBeLessThan(china?.place.lat ?? 0);
    expect(north).toBeGreaterThan(china?.place.lat ?? 0);
  });

  test('an ambiguous name without context gets a low confidence and a reason naming the rival', () => {
    const [springfield] = geoparse('Springfield officials said.', gazetteer);
    expect(springfield?.confidence).toBeLessThan(0.7);
    expect(springfield?.reason).toMatch(
      /^ambiguous name: Springfield \(city, US-[A-Z]{2}\) or Springfield \(city, US-[A-Z]{2}\)$/,
    );
    const [china] = geoparse('China', gazetteer);
    expect(china?.confidence).toBeGreaterThan(0.9);
    expect(china?.reason).toBeUndefined();
  });

  test('a qualifier decides: Paris, Texas and Paris, France', () => {
    expect(resolved('Paris, Texas')).toEqual([
      ['Paris', 'paris-us'],
      ['Texas', 'texas-us'],
    ]);
    expect(resolved('Paris, France')).toEqual([
      ['Paris', 'paris-fr'],
      ['France', 'france'],
    ]);
  });

  test('the countries an article is about decide between namesakes', () => {
    expect(
      resolved(
        'Victoria, the state capital of Melbourne, reported cases in Geelong and Ballarat.',
      )[0],
    ).toEqual(['Victoria', 'victoria-au']);
    expect(
      resolved(
        'Canadian officials in Victoria and Vancouver said British Columbia would help.',
      )[0]?.[1],
    ).toMatch(/^victoria-ca/);
  });

  test('a national capital outranks the region of the same name', () => {
    expect(resolved('Talks in Washington ended.')).toEqual([['Washington', 'washington-d-c-us']]);
  });

  test('the words around a name can make it a state: a cue word or a list of states', () => {
    const placeOf = (text: string, name: string) =>
      geoparse(text, gazetteer).find((toponym) => toponym.text === name)?.place.id;
    expect(placeOf('A cow on a Washington state farm fell ill.', 'Washington')).toBe(
      'washington-us',
    );
    expect(placeOf('It was found in the state of Washington.', 'Washington')).toBe('washington-us');
    expect(placeOf('The Washington State Department of Health said so.', 'Washington')).toBe(
      'washington-us',
    );
    expect(placeOf('New York Governor Andrew Cuomo declared an emergency.', 'New York')).toBe(
      'new-york-us',
    );
    expect(placeOf('Cases were found in Oregon, Washington and Idaho.', 'Washington')).toBe(
      'washington-us',
    );
    expect(placeOf('Cases in Washington, Pennsylvania and California.', 'Washington')).toBe(
      'washington-us',
    );
    expect(
      placeOf('Cholera spread to Mali, Niger, and Senegal, officials in Nigeria said.', 'Niger'),
    ).toBe('niger');
    // Without such words the capital and the city keep their lead.
    expect(placeOf('Talks in Washington and Beijing ended.', 'Washington')).toBe(
      'washington-d-c-us',
    );
    expect(placeOf('She flew to New York on Monday.', 'New York')).toBe('new-york-city-us');
  });

  test('a country is pinned where an atlas puts it: mainland centroid, or for an archipelago the atlas point', () => {
    const pointOf = (code: string) => {
      const country = gazetteer.entry(gazetteer.countryByCode.get(code) ?? -1);
      return [country.lon, country.lat] as [number, number];
    };
    // The geographic centre of the contiguous United States, near Lebanon, Kansas.
    expect(distance(pointOf('US'), [-98.58, 39.83])).toBeLessThan(150);
    // Indonesia's atlas point (5 S, 120 E), not the middle of its largest island, Borneo.
    expect(distance(pointOf('ID'), [120, -5])).toBeLessThan(1);
    expect(gazetteer.entry(gazetteer.countryByCode.get('ID') ?? -1).gazetteer.note).toMatch(
      /world-countries/,
    );
  });

  test('a feature the gazetteer lacks is placed at the place named next, and flagged for review', () => {
    const [park, town] = geoparse(
      'Soldiers stood in Cape Maobitou Park in Pingtung County, Taiwan.',
      gazetteer,
    );
    expect(park).toMatchObject({
      text: 'Cape Maobitou Park',
      confidence: 0.2,
      place: { id: 'cape-maobitou-park', kind: 'park' },
    });
    expect(park?.reason).toMatch(/missing from the gazetteer/);
    expect([park?.place.lon, park?.place.lat]).toEqual([town?.place.lon, town?.place.lat]);
  });

  test('a county named for a town is placed at the town and flagged', () => {
    const [county] = geoparse('Officials in Lamar County, Texas, said.', gazetteer);
    expect(county?.text).toBe('Lamar County');
    expect(county?.place.countryCode).toBe('US');
  });

  test('a small foreign town that nothing else in the text supports is dropped', () => {
    expect(resolved('Wang spoke to reporters.')).toEqual([]);
  });

  test('it does not mutate the gazetteer entries it returns', () => {
    const before = JSON.stringify(gazetteer.entry(gazetteer.countryByCode.get('CN') ?? -1));
    const [china] = geoparse('China', gazetteer);
    expect(china).toBeDefined();
    expect(JSON.stringify(gazetteer.entry(gazetteer.countryByCode.get('CN') ?? -1))).toBe(before);
  });

  test('a long text stays linear: a megabyte of repeated articles resolves every copy alike', () => {
    const article = 'Paris, Texas, was hit by a storm. Crews came from Dallas. ';
    const text = article.repeat(Math.ceil(1_000_000 / article.length));
    const toponyms = geoparse(text, gazetteer);
    const perCopy = geoparse(article, gazetteer).length;
    expect(toponyms.length).toBe(perCopy * Math.ceil(1_000_000 / article.length));
    expect(new Set(toponyms.map((toponym) => toponym.place.id))).toEqual(
      new Set(['paris-us', 'texas-us', 'dallas-us']),
    );
  }, 120_000);
});
