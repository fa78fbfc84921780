import { expect, test } from 'vitest';
import { hashForPlace, placeIdFromHash } from '../../../src/viewer/url-state.js';

test('the place is read from #place=<id>, alone or among other keys', () => {
  expect(placeIdFromHash('#place=matsu-islands')).toBe('matsu-islands');
  expect(placeIdFromHash('#step=3&place=beijing')).toBe('beijing');
  expect(placeIdFromHash('place=vienna')).toBe('vienna');
});

test('no place, an empty one or another key reads as none', () => {
  expect(placeIdFromHash('')).toBeUndefined();
  expect(placeIdFromHash('#')).toBeUndefined();
  expect(placeIdFromHash('#place=')).toBeUndefined();
  expect(placeIdFromHash('#places=beijing')).toBeUndefined();
});

test('an id is returned as text, even a hostile one, for the viewer to look up in its Map', () => {
  expect(placeIdFromHash('#place=__proto__')).toBe('__proto__');
  expect(placeIdFromHash('#place=%3Cimg%20src%3Dx%3E')).toBe('<img src=x>');
});

test('the hash for a place sets or removes place= and keeps the other keys', () => {
  expect(hashForPlace('', 'beijing')).toBe('#place=beijing');
  expect(hashForPlace('#place=beijing', 'matsu-islands')).toBe('#place=matsu-islands');
  expect(hashForPlace('#step=2&place=beijing', undefined)).toBe('#step=2');
  expect(hashForPlace('#place=beijing', undefined)).toBe('');
});
