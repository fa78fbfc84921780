import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/pipeline/build-dataset.js';
import { findByGazetteerNames } from '../../../src/pipeline/find-places.js';
import { serializeDataset } from '../../../src/pipeline/serialize-dataset.js';
import { getDatasetIssues } from '../../../src/schema/validate-dataset.js';
import type { PlaceFeature } from '../../../src/schema/dataset-schema.js';
import { DATASET_FILE, loadSeed } from './seed-article.js';

const { seed, gazetteer, curation } = loadSeed();
const findPlaces = findByGazetteerNames(gazetteer, curation.aliases);
const dataset = buildDataset(seed, findPlaces, curation);
const place = (id: string): PlaceFeature => {
  const found = dataset.features.find((feature) => feature.id === id);
  if (found === undefined) throw new Error(`no place ${id}`);
  return found;
};

test('the checked-in dataset is exactly what the pipeline writes (run `npm run data` after a change)', () => {
  expect(readFileSync(DATASET_FILE, 'utf8')).toBe(serializeDataset(dataset));
});

test('the dataset is valid and does not depend on the order of its inputs being mutated', () => {
  expect(getDatasetIssues(dataset)).toEqual([]);
  const again = buildDataset(seed, findPlaces, curation);
  expect(serializeDataset(again)).toBe(serializeDataset(dataset));
});

describe('places', () => {
  test('the seven places the map exists for are its focus', () => {
    expect(
      dataset.features
        .filter((f) => f.properties.focus)
        .map((f) => f.id)
        .sort(),
    ).toEqual([
      'beijing',
      'cape-maobitou-park',
      'changi-naval-base',
      'diaoyutai-state-guesthouse',
      'matsu-islands',
      'taiwan-strait',
      'vienna',
    ]);
  });

  test('every place the article names is a feature, in order of first mention; ships and people are not', () => {
    expect(dataset.features.map((f) => f.id)).toEqual([
      'china',
      'united-states',
      'taiwan',
      'diaoyutai-state-guesthouse',
      'beijing',
      'taiwan-strait',
      'washington',
      'cape-maobitou-park',
      'pingtung-county',
      'vienna',
      'changi-naval-base',
      'singapore',
      'matsu-islands',
      'indo-pacific',
      'russia',
      'ukraine',
      'cuba',
      'japan',
      'philippines',
      'australia',
      'united-kingdom',
      'indian-ocean',
      'pacific-island-nations',
    ]);
    const names = dataset.features
      .flatMap((f) => [f.properties.name, ...f.properties.aliases])
      .join(' | ');
    for (const notAPlace of [
      'Montreal',
      'Yulin',
      'Chibi',
      'Wang',
      'Miller',
      'Xi',
      'Luyang',
      'Hsiung Feng',
    ]) {
      expect(names).not.toContain(notAPlace);
    }
  });

  test('every mention points at its own words in the article', () => {
    for (const feature of dataset.features) {
      for (const mention of feature.properties.mentions) {
        expect(seed.text.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
  });

  test('the strait, which the article only calls "cross-strait", is a curated place', () => {
    const strait = place('taiwan-strait').properties;
    expect(strait.aliases).toEqual(['cross-strait']);
    expect(strait.provenance.place).toBe('curated');
    expect(place('beijing').properties.provenance.place).toBe('extracted');
  });

  test('areas carry an extent and say that their point is approximate; points do not', () => {
    for (const feature of dataset.features) {
      const { extent, precision, kind } = feature.properties;
      const isArea = !['city', 'building', 'naval-base', 'park'].includes(kind);
      expect({ id: feature.id, precision, hasExtent: extent !== undefined }).toEqual({
        id: feature.id,
        precision: isArea ? 'area' : 'point',
        hasExtent: isArea,
      });
    }
  });
});

test('each photo caption is attached, verbatim, to the place it shows, with its date', () => {
  const captions = dataset.features.flatMap((f) =>
    f.properties.captions.map((c) => [f.id, c.date, c.text.slice(0, 30)]),
  );
  expect(captions).toEqual([
    ['diaoyutai-state-guesthouse', '2023-06-18', 'US Secretary of State Antony B'],
    ['beijing', '2023-06-18', 'US Secretary of State Antony B'],
    ['taiwan-strait', '2023-06-03', 'Pictured: The Arleigh Burke-cl'],
    ['cape-maobitou-park', '2023-04-10', 'Soldier stands near Hsiung Fen'],
    ['changi-naval-base', '2023-05-04', 'The Chinese Navy’s missile fri'],
    ['matsu-islands', '2023-04-09', 'Three military boats from Taiw'],
  ]);
  for (const feature of dataset.features) {
    for (const caption of feature.properties.captions) expect(seed.text).toContain(caption.text);
  }
});

test('quotations are tied to where they were said, and the rest are kept untied', () => {
  const guesthouse = place('diaoyutai-state-guesthouse').properties.quotes;
  expect(guesthouse.map((q) => [q.speaker, q.date])).toEqual([
    ...Array(8).fill(['Wang Yi', '2023-06-19']),
    ['Antony Blinken', '2023-06-18'],
    ['Qin Gang', '2023-06-18'],
    ['Qin Gang', '2023-06-18'],
  ]);
  expect(
    guesthouse.every(
      (q) => q.provenance.place === 'curated' && q.provenance.speaker === 'extracted',
    ),
  ).toBe(true);
  expect(dataset.article.untiedQuotes.map((q) => [q.speaker, q.text])).toEqual([
    ['Matthew Miller', 'open, substantive and constructive'],
    ['A senior US official', 'That was a real conversation'],
  ]);
});

test('the article is quoted, not edited: its slips stay', () => {
  expect(
    dataset.article.sentences.some((s) => s.text.includes('on the second, second and final day')),
  ).toBe(true);
  expect(
    dataset.article.sentences.some((s) => s.text.includes('misperceptions and misperceptions')),
  ).toBe(true);
});

test('dated events: each at its place, with its sentence; month-only dates stay months', () => {
  const events = dataset.features
    .flatMap((f) => f.properties.events.map((e) => `${e.date} ${f.id}`))
    .sort();
  expect(events).toEqual([
    '2023-02 united-states',
    '2023-04-09 matsu-islands',
    '2023-04-10 cape-maobitou-park',
    '2023-05 china',
    '2023-05 united-states',
    '2023-05 vienna',
    '2023-05-04 changi-naval-base',
    '2023-06 singapore',
    '2023-06-03 taiwan-strait',
    '2023-06-18 beijing',
    '2023-06-18 diaoyutai-state-guesthouse',
    '2023-06-18 diaoyutai-state-guesthouse',
    '2023-06-18 diaoyutai-state-guesthouse',
    '2023-06-19 beijing',
    '2023-06-19 diaoyutai-state-guesthouse',
  ]);
  for (const feature of dataset.features) {
    for (const event of feature.properties.events)
      expect(dataset.article.sentences[event.sentence]?.text).toBe(event.summary);
  }
});

test('a curation naming a place the gazetteer lacks is refused with where it is wrong', () => {
  const broken = { ...curation, focus: ['atlantis'] };
  expect(() => buildDataset(seed, findPlaces, broken)).toThrow(
    'curation focus[0]: "atlantis" is not a place of the gazetteer',
  );
  const stale = {
    ...curation,
    events: [{ sentence: 'No sentence starts like this', place: null, because: 'x' }],
  };
  expect(() => buildDataset(seed, findPlaces, stale)).toThrow(
    'curation events[0]: no sentence of the article starts with "No sentence starts like this"',
  );
});
