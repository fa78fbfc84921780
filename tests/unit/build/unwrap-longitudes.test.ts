import { expect, test } from 'vitest';
import { nearestLongitude, unwrapLongitudes } from '../../../src/build/unwrap-longitudes.js';

test('a ring cut at 180° (Fiji) is drawn as one piece near the centre', () => {
  expect(
    unwrapLongitudes(
      [
        [179, -17],
        [-179, -17],
        [-179, -16],
        [179, -16],
      ],
      170,
    ),
  ).toEqual([
    [179, -17],
    [181, -17],
    [181, -16],
    [179, -16],
  ]);
});

test('a ring is moved by a whole turn to the side of the world being shown', () => {
  expect(
    unwrapLongitudes(
      [
        [-179, 0],
        [-170, 0],
      ],
      175,
    ),
  ).toEqual([
    [181, 0],
    [190, 0],
  ]);
  expect(
    unwrapLongitudes(
      [
        [10, 0],
        [20, 0],
      ],
      15,
    ),
  ).toEqual([
    [10, 0],
    [20, 0],
  ]);
});

test('nearestLongitude keeps a point within 180° of the centre', () => {
  expect(nearestLongitude(-175, 170)).toBe(185);
  expect(nearestLongitude(116.4, 60)).toBe(116.4);
});

test('does not mutate its input', () => {
  const ring = [
    [179, -17],
    [-179, -17],
  ];
  unwrapLongitudes(ring, 170);
  expect(ring).toEqual([
    [179, -17],
    [-179, -17],
  ]);
});
