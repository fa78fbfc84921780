import { expect, test } from 'vitest';
import { unwrapRing } from '../../../src/viewer/unwrap-ring.js';

test('a ring crossing the antimeridian and back is drawn in one piece past 180°', () => {
  const fiji = [
    [179, -16],
    [-179, -16],
    [-179, -17],
    [179, -17],
    [179, -16],
  ];
  expect(unwrapRing(fiji)).toEqual([
    [179, -16],
    [181, -16],
    [181, -17],
    [179, -17],
    [179, -16],
  ]);
});

test('a ring that does not cross is unchanged, and the input is not mutated', () => {
  const taiwan = [
    [120, 22],
    [122, 22],
    [121, 25],
    [120, 22],
  ];
  const copy = JSON.parse(JSON.stringify(taiwan));
  expect(unwrapRing(taiwan)).toEqual(copy);
  expect(taiwan).toEqual(copy);
});

test('a ring around a pole (crossings that do not cancel) is returned as it is', () => {
  const antarctica = [
    [-180, -84],
    [0, -70],
    [180, -84],
    [-180, -90],
    [-180, -84],
  ];
  expect(unwrapRing(antarctica)).toEqual(antarctica);
});
