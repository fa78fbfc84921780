import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDatasetJson } from '../../../src/schema/validate-dataset.js';
import type { PlaceFeature } from '../../../src/schema/dataset-schema.js';
import {
  buildStorySteps,
  collectStoryEvents,
  dateRuns,
  placesWithEventsIn,
  type StoryStep,
} from '../../../src/viewer/story-steps.js';
import { dateSpan, isoDay } from '../../../src/viewer/date-range.js';

const dataset = parseDatasetJson(readFileSync('data/blinken-beijing-talks-2023.geojson', 'utf8'));

function place(id: string, events: [date: string, sentence: number][]): PlaceFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: {
      name: id,
      kind: 'city',
      aliases: [],
      precision: 'point',
      focus: true,
      gazetteer: { source: 'curated' },
      provenance: { place: 'curated' },
      mentions: events.map(([, sentence]) => ({
        sentence,
        start: sentence * 100,
        end: sentence * 100 + 3,
        text: id,
      })),
      captions: [],
      quotes: [],
      events: events.map(([date, sentence]) => ({
        date,
        sentence,
        summary: `sentence ${sentence}`,
        provenance: { date: 'extracted', place: 'extracted' },
      })),
    },
  };
}

describe('buildStorySteps', async () => {
  test('orders the article’s events as they happened: a month before the days in it', async () => {
    const ids = [...(await buildStorySteps(dataset.features, 'chronological'))].map(
      (step) => step.id,
    );
    expect(ids).toEqual([
      'united-states-2023-02',
      'matsu-islands-2023-04-09',
      'cape-maobitou-park-2023-04-10',
      'china-2023-05',
      'united-states-2023-05',
      'vienna-2023-05',
      'changi-naval-base-2023-05-04',
      'singapore-2023-06',
      'taiwan-strait-2023-06-03',
      'diaoyutai-state-guesthouse-2023-06-18',
      'diaoyutai-state-guesthouse-2023-06-18-2',
      'beijing-2023-06-18',
      'diaoyutai-state-guesthouse-2023-06-18-3',
      'diaoyutai-state-guesthouse-2023-06-19',
      'beijing-2023-06-19',
    ]);
  });

  test('orders them as the article tells them: by sentence, then where the place is named', async () => {
    const steps = [...(await buildStorySteps(dataset.features, 'article'))];
    expect(steps.map((step) => [step.sentence, step.placeId])).toEqual([
      [1, 'diaoyutai-state-guesthouse'],
      [2, 'beijing'],
      [8, 'diaoyutai-state-guesthouse'],
      [9, 'taiwan-strait'],
      [20, 'united-states'],
      [22, 'diaoyutai-state-guesthouse'],
      [23, 'beijing'],
      [24, 'cape-maobitou-park'],
      [31, 'diaoyutai-state-guesthouse'],
      [33, 'china'],
      [33, 'united-states'],
      [34, 'vienna'],
      [35, 'changi-naval-base'],
      [36, 'matsu-islands'],
      [38, 'singapore'],
    ]);
  });

  test('both orders hold the same steps, one per event, with the same ids', async () => {
    const eventCount = dataset.features.reduce((n, f) => n + f.properties.events.length, 0);
    const chronological = [...(await buildStorySteps(dataset.features, 'chronological'))];
    const article = [...(await buildStorySteps(dataset.features, 'article'))];
    expect(chronological).toHaveLength(eventCount);
    expect(new Set(chronological.map((step) => step.id)).size).toBe(eventCount);
    expect([...article].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...chronological].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  test('a step carries its event’s date, sentence and text verbatim', async () => {
    const matsu = [...(await buildStorySteps(dataset.features, 'article'))].find(
      (step) => step.placeId === 'matsu-islands',
    );
    expect(matsu).toEqual({
      id: 'matsu-islands-2023-04-09',
      placeId: 'matsu-islands',
      placeName: 'Matsu Islands',
      date: '2023-04-09',
      sentence: 36,
      summary: dataset.article.sentences[36]?.text,
    });
  });

  test('ids do not depend on the order of the places or of the other events', async () => {
    const a = place('a', [
      ['2023-01-02', 5],
      ['2023-01-02', 1],
    ]);
    const b = place('b', [['2023-01', 3]]);
    const forward = [...(await buildStorySteps([a, b], 'chronological'))];
    const backward = [...(await buildStorySteps([b, a], 'chronological'))];
    expect(forward).toEqual(backward);
    expect(forward.map((step) => [step.id, step.sentence])).toEqual([
      ['b-2023-01', 3],
      ['a-2023-01-02-2', 1],
      ['a-2023-01-02', 5],
    ]);
  });

  test('does not mutate its input', async () => {
    const features = [
      place('a', [
        ['2023-03', 2],
        ['2023-01', 1],
      ]),
    ];
    const before = structuredClone(features);
    await buildStorySteps(features, 'chronological');
    expect(features).toEqual(before);
  });

  test('finds a step by its id, and no step for an id only begun by a place’s', async () => {
    const places = [
      place('event-1', [['2023-01-02', 1]]),
      place('event-10', [
        ['2023-01-03', 2],
        ['2023-01-03', 3],
      ]),
    ];
    const steps = await buildStorySteps(places, 'chronological');
    const ids = [...steps].map((step) => step.id);
    expect(ids).toEqual(['event-1-2023-01-02', 'event-10-2023-01-03', 'event-10-2023-01-03-2']);
    ids.forEach((id, position) => expect(steps.indexOf(id)).toBe(position));
    expect(steps.indexOf('event-1')).toBe(-1);
    expect(steps.indexOf('event-1-2023-01-03')).toBe(-1);
    expect(steps.at(-1)).toBeUndefined();
    expect(steps.at(steps.length)).toBeUndefined();
  });

  test('the chronological steps of one date are one run of the timeline', async () => {
    const steps = await buildStorySteps(dataset.features, 'chronological');
    const runs = await dateRuns(steps);
    const all = [...steps];
    expect(runs.map(({ first }) => all[first]?.date)).toEqual([
      '2023-02',
      '2023-04-09',
      '2023-04-10',
      '2023-05',
      '2023-05-04',
      '2023-06',
      '2023-06-03',
      '2023-06-18',
      '2023-06-19',
    ]);
    for (const { first, count } of runs) {
      const dates = all.slice(first, first + count).map((step) => step.date);
      expect(new Set(dates).size).toBe(1);
    }
    expect(runs.reduce((sum, { count }) => sum + count, 0)).toBe(all.length);
  });

  test('the events span every day their dates may stand for; none span nothing', async () => {
    const { span } = await collectStoryEvents(dataset.features);
    // February and June are known only to the month: from 1 February to 30 June.
    expect(span && [isoDay(span.first), isoDay(span.last)]).toEqual(['2023-02-01', '2023-06-30']);
    expect((await collectStoryEvents([place('quiet', [])])).span).toBeUndefined();
  });

  test('events alike in date and sentence go by place id, then date, then count, whatever the places’ order', async () => {
    const twice = place('alpha-2', [
      ['2023-01-02', 1],
      ['2023-01-02', 1],
    ]);
    const alpha = place('alpha', [['2023-01-02', 1]]);
    const beta = place('beta', [['2023-01-02', 1]]);
    const expected = [
      'alpha-2023-01-02',
      'alpha-2-2023-01-02',
      'alpha-2-2023-01-02-2',
      'beta-2023-01-02',
    ];
    for (const order of ['chronological', 'article'] as const) {
      for (const places of [
        [beta, twice, alpha],
        [alpha, beta, twice],
      ]) {
        const steps = await buildStorySteps(places, order);
        expect([...steps].map((step) => step.id)).toEqual(expected);
      }
    }
  });

  test('a story long enough to be ordered by ranking keeps both orders’ rules', async () => {
    // 30,000 events: 3,000 places in no order of their ids, each with ten dates, some of them
    // known only to the month, told in forty sentences.
    const places = Array.from({ length: 3_000 }, (_, i) =>
      place(
        `place-${(i * 7919) % 3_000}`,
        Array.from({ length: 10 }, (_, j): [string, number] => {
          const month = `2023-${String(j + 1).padStart(2, '0')}`;
          const day = String(((i + j) % 28) + 1).padStart(2, '0');
          return [(i + j) % 3 === 0 ? month : `${month}-${day}`, (i * 31 + j * 17) % 40];
        }),
      ),
    );
    const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const byPlaceThenDate = (a: StoryStep, b: StoryStep) =>
      compareStrings(a.placeId, b.placeId) || compareStrings(a.date, b.date);
    const bySentence = (a: StoryStep, b: StoryStep) =>
      a.sentence - b.sentence || byPlaceThenDate(a, b);
    const byDay = (a: StoryStep, b: StoryStep) =>
      dateSpan(a.date).first - dateSpan(b.date).first ||
      dateSpan(a.date).last - dateSpan(b.date).last ||
      bySentence(a, b);
    for (const [order, rule] of [
      ['chronological', byDay],
      ['article', bySentence],
    ] as const) {
      const steps = [...(await buildStorySteps(places, order))];
      expect(steps).toHaveLength(30_000);
      expect(steps.map((step) => step.id)).toEqual([...steps].sort(rule).map((step) => step.id));
    }
  });

  test('one place with thousands of events on one date: each id counted once, each found', async () => {
    const busy = place(
      'busy',
      Array.from({ length: 5_000 }, (): [string, number] => ['2023-01-01', 1]),
    );
    const steps = await buildStorySteps([busy], 'chronological');
    const ids = [...steps].map((step) => step.id);
    expect(new Set(ids).size).toBe(5_000);
    expect(ids).toContain('busy-2023-01-01');
    expect(ids).toContain('busy-2023-01-01-5000');
    expect(steps.at(steps.indexOf('busy-2023-01-01-4321'))?.id).toBe('busy-2023-01-01-4321');
  });
});

describe('placesWithEventsIn', async () => {
  const range = (first: string, last: string) => ({
    first: dateSpan(first).first,
    last: dateSpan(last).last,
  });
  const ids = async (first: string, last: string) =>
    [...placesWithEventsIn(await collectStoryEvents(dataset.features), range(first, last))].sort();

  test('April holds the Matsu patrol and the Pingtung launchers only', async () => {
    expect(await ids('2023-04-01', '2023-04-30')).toEqual(['cape-maobitou-park', 'matsu-islands']);
  });

  test('a range touching May takes in every event known only as "May"', async () => {
    expect(await ids('2023-05-20', '2023-05-20')).toEqual(['china', 'united-states', 'vienna']);
    expect(await ids('2023-05-04', '2023-05-04')).toEqual([
      'changi-naval-base',
      'china',
      'united-states',
      'vienna',
    ]);
  });

  test('the talks weekend holds Beijing and the guesthouse, plus "earlier this month" in June', async () => {
    expect(await ids('2023-06-18', '2023-06-19')).toEqual([
      'beijing',
      'diaoyutai-state-guesthouse',
      'singapore',
    ]);
  });

  test('the whole story holds every place with an event, and no other', async () => {
    const dated = dataset.features.filter((f) => f.properties.events.length > 0).map((f) => f.id);
    expect(await ids('2023-02', '2023-06-19')).toEqual(dated.sort());
    expect(await ids('2022-01-01', '2022-12-31')).toEqual([]);
  });
});
