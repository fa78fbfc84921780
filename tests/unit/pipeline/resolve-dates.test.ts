import { expect, test } from 'vitest';
import { findDates } from '../../../src/pipeline/resolve-dates.js';

const PUBLISHED = '2023-06-19'; // a Monday

test.each([
  ['Blinken met Qin on Sunday', '2023-06-18'],
  ['they spoke for three hours on Monday', '2023-06-19'],
  ['patrol the Matsu Islands on April 9', '2023-04-09'],
  ['Pingtung County, Taiwan, April 10', '2023-04-10'],
  ['traveled to China in May, while', '2023-05'],
  ['were postponed in February following', '2023-02'],
  ['with HMCS Montreal June 3', '2023-06-03'],
  ['And earlier this month, the minister', '2023-06'],
  ['a festival on December 25', '2022-12-25'],
  ['signed on March 3, 2021', '2021-03-03'],
])('%s -> %s', (sentence, date) => {
  expect(findDates(sentence, PUBLISHED).map((found) => found.date)).toEqual([date]);
});

test('"may" as a verb and a day that does not exist are not dates', () => {
  expect(findDates('we may go beyond that', PUBLISHED)).toEqual([]);
  expect(findDates('on February 30', PUBLISHED)).toEqual([]);
});

test('reports where each expression stands in the sentence', () => {
  const sentence = 'On Sunday and on April 9';
  const found = findDates(sentence, PUBLISHED);
  expect(found.map(({ start, end }) => sentence.slice(start, end))).toEqual(['Sunday', 'April 9']);
});

test('rejects a publication date that is not a calendar day', () => {
  expect(() => findDates('on Sunday', '19 June 2023')).toThrow(/YYYY-MM-DD/);
});
