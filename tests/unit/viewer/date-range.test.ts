import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDatasetJson } from '../../../src/schema/validate-dataset.js';
import {
  dateSpan,
  dayNumber,
  isoDay,
  placesWithEventsIn,
  rangesOverlap,
} from '../../../src/viewer/date-range.js';
import { isMonthOnly } from '../../../src/viewer/format-date.js';
import { describeDate } from '../../../src/viewer/precision.js';

const dataset = parseDatasetJson(readFileSync('data/blinken-beijing-talks-2023.geojson', 'utf8'));
const range = (first: string, last: string) => ({
  first: dateSpan(first).first,
  last: dateSpan(last).last,
});

describe('dates as spans of days', () => {
  test('a day is one day; a month-only date is the whole month, never its first day', () => {
    expect(dateSpan('2023-04-09')).toEqual({
      first: dayNumber(2023, 4, 9),
      last: dayNumber(2023, 4, 9),
    });
    const may = dateSpan('2023-05');
    expect([isoDay(may.first), isoDay(may.last)]).toEqual(['2023-05-01', '2023-05-31']);
    const february = dateSpan('2024-02');
    expect(isoDay(february.last)).toBe('2024-02-29');
    const december = dateSpan('2023-12');
    expect(isoDay(december.last)).toBe('2023-12-31');
  });

  test('month-only dates are labelled as such; days are not', () => {
    expect(isMonthOnly('2023-05')).toBe(true);
    expect(isMonthOnly('2023-05-04')).toBe(false);
    expect(describeDate('2023-05')).toBe('May 2023 (month only)');
    expect(describeDate('2023-05-04')).toBe('4 May 2023');
  });

  test('ranges overlap when they share a day, ends included', () => {
    expect(rangesOverlap(dateSpan('2023-05'), dateSpan('2023-05-31'))).toBe(true);
    expect(rangesOverlap(dateSpan('2023-05'), dateSpan('2023-06-01'))).toBe(false);
  });
});

describe('placesWithEventsIn', () => {
  const ids = (first: string, last: string) =>
    [...placesWithEventsIn(dataset.features, range(first, last))].sort();

  test('April holds the Matsu patrol and the Pingtung launchers only', () => {
    expect(ids('2023-04-01', '2023-04-30')).toEqual(['cape-maobitou-park', 'matsu-islands']);
  });

  test('a range touching May takes in every event known only as "May"', () => {
    expect(ids('2023-05-20', '2023-05-20')).toEqual(['china', 'united-states', 'vienna']);
    expect(ids('2023-05-04', '2023-05-04')).toEqual([
      'changi-naval-base',
      'china',
      'united-states',
      'vienna',
    ]);
  });

  test('the talks weekend holds Beijing and the guesthouse, plus "earlier this month" in June', () => {
    expect(ids('2023-06-18', '2023-06-19')).toEqual([
      'beijing',
      'diaoyutai-state-guesthouse',
      'singapore',
    ]);
  });

  test('the whole story holds every place with an event, and no other', () => {
    const dated = dataset.features.filter((f) => f.properties.events.length > 0).map((f) => f.id);
    expect(ids('2023-02', '2023-06-19')).toEqual(dated.sort());
    expect(ids('2022-01-01', '2022-12-31')).toEqual([]);
  });
});
