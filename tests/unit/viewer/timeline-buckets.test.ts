import { describe, expect, test } from 'vitest';
import { dateSpan, isoDay } from '../../../src/viewer/date-range.js';
import { groupByPeriod, groupPeriod, periodOf } from '../../../src/viewer/timeline-buckets.js';

const days = (range: { first: number; last: number }) => [isoDay(range.first), isoDay(range.last)];

describe('periodOf', () => {
  test('a week runs Monday to Sunday, across a month or a year', () => {
    // 18 June 2023 was a Sunday; 1 January 2023 too.
    expect(days(periodOf(dateSpan('2023-06-18').first, 'week'))).toEqual([
      '2023-06-12',
      '2023-06-18',
    ]);
    expect(days(periodOf(dateSpan('2023-06-19').first, 'week'))).toEqual([
      '2023-06-19',
      '2023-06-25',
    ]);
    expect(days(periodOf(dateSpan('2023-01-01').first, 'week'))).toEqual([
      '2022-12-26',
      '2023-01-01',
    ]);
  });

  test('a month and a year are the calendar ones', () => {
    const day = dateSpan('2024-02-10').first;
    expect(days(periodOf(day, 'month'))).toEqual(['2024-02-01', '2024-02-29']);
    expect(days(periodOf(day, 'year'))).toEqual(['2024-01-01', '2024-12-31']);
    expect(days(periodOf(day, 'day'))).toEqual(['2024-02-10', '2024-02-10']);
  });
});

describe('groupPeriod', () => {
  test('grows from days to years as the axis lengthens, so no more than 60 groups fit', () => {
    expect(groupPeriod(30)).toBe('day');
    expect(groupPeriod(365)).toBe('week');
    expect(groupPeriod(3 * 365)).toBe('month');
    expect(groupPeriod(20 * 365)).toBe('year');
  });
});

describe('groupByPeriod', () => {
  const dated = (date: string) => ({ date, span: dateSpan(date) });

  test('puts every date in one group, in time order, a month-only date in its month', () => {
    const dates = ['2023-04-09', '2023-05', '2023-05-04', '2023-05-31', '2023-06-18'];
    const groups = groupByPeriod(dates.map(dated), 'month');
    expect(
      groups.map((group) => [isoDay(group.span.first), group.items.map((item) => item.date)]),
    ).toEqual([
      ['2023-04-01', ['2023-04-09']],
      ['2023-05-01', ['2023-05', '2023-05-04', '2023-05-31']],
      ['2023-06-01', ['2023-06-18']],
    ]);
  });

  test('a year of days becomes a group per week', () => {
    const start = dateSpan('2023-01-01').first;
    const dates = Array.from({ length: 365 }, (_, i) => dated(isoDay(start + i)));
    const groups = groupByPeriod(dates, groupPeriod(365));
    // 1 January 2023 was a Sunday: it ends a week of 2022, then 52 weeks follow.
    expect(groups).toHaveLength(53);
    expect(groups.every((group) => group.period === 'week')).toBe(true);
    expect(groups.reduce((sum, group) => sum + group.items.length, 0)).toBe(365);
  });
});
