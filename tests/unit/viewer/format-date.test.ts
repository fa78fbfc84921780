import { expect, test } from 'vitest';
import { formatIsoDate } from '../../../src/viewer/format-date.js';

test('a day reads as day, month name and year; a month-only date as month and year', () => {
  expect(formatIsoDate('2023-06-18')).toBe('18 June 2023');
  expect(formatIsoDate('2023-04-09')).toBe('9 April 2023');
  expect(formatIsoDate('2023-05')).toBe('May 2023');
  expect(formatIsoDate('2023-12-31')).toBe('31 December 2023');
});

test('west of Greenwich, the first of the month is still the first (no Date parsing in UTC)', () => {
  const zone = process.env['TZ'];
  process.env['TZ'] = 'America/Los_Angeles';
  try {
    expect(formatIsoDate('2023-01-01')).toBe('1 January 2023');
  } finally {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  }
});
