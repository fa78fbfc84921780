import { describe, expect, test } from 'vitest';
import { dateSpan, dayNumber, isoDay, rangesOverlap } from '../../../src/viewer/date-range.js';
import { isMonthOnly } from '../../../src/viewer/format-date.js';
import { describeDate } from '../../../src/viewer/precision.js';

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
