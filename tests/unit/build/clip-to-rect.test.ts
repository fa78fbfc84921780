import { expect, test } from 'vitest';
import { clipLine, clipRing } from '../../../src/build/clip-to-rect.js';

const box = { left: 0, top: 0, right: 10, bottom: 10 };

test('a ring inside the box is kept as it is', () => {
  const ring: [number, number][] = [
    [1, 1],
    [9, 1],
    [9, 9],
    [1, 9],
  ];
  expect(clipRing(ring, box)).toEqual(ring);
});

test('a ring across the box edge is cut along it', () => {
  expect(
    clipRing(
      [
        [5, 5],
        [15, 5],
        [15, 8],
        [5, 8],
      ],
      box,
    ),
  ).toEqual([
    [5, 5],
    [10, 5],
    [10, 8],
    [5, 8],
  ]);
});

test('a ring wholly outside the box disappears', () => {
  expect(
    clipRing(
      [
        [20, 20],
        [30, 20],
        [30, 30],
      ],
      box,
    ),
  ).toEqual([]);
});

test('a line leaving and re-entering the box becomes two runs', () => {
  expect(
    clipLine(
      [
        [2, 5],
        [20, 5],
        [20, 7],
        [2, 7],
      ],
      box,
    ),
  ).toEqual([
    [
      [2, 5],
      [10, 5],
    ],
    [
      [10, 7],
      [2, 7],
    ],
  ]);
});

test('a line that never enters the box has no runs', () => {
  expect(
    clipLine(
      [
        [-5, -5],
        [-1, 20],
      ],
      box,
    ),
  ).toEqual([]);
});
