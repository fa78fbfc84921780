import { expect, test } from 'vitest';
import { spreadOverlapping } from '../../../src/viewer/spread-overlapping.js';

const moved = (points: { id: string; x: number; y: number }[], gap: number) => {
  const offsets = spreadOverlapping(points, gap);
  return points.map(({ id, x, y }) => {
    const offset = offsets.get(id) ?? { dx: 0, dy: 0 };
    return { id, x: x + offset.dx, y: y + offset.dy };
  });
};

test('markers clear of each other are not moved', () => {
  const points = [
    { id: 'a', x: 0, y: 0 },
    { id: 'b', x: 100, y: 0 },
  ];
  expect(spreadOverlapping(points, 34).size).toBe(0);
});

test('two overlapping markers end up exactly one gap apart, each on its own side', () => {
  const [a = { x: 0, y: 0 }, b = { x: 0, y: 0 }] = moved(
    [
      { id: 'beijing', x: 100, y: 100 },
      { id: 'guesthouse', x: 96, y: 100 },
    ],
    34,
  );
  expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeCloseTo(34);
  expect(a.x).toBeGreaterThan(b.x);
});

test('a chain of neighbours is spread as one group, with no two closer than the gap', () => {
  const points = moved(
    [
      { id: 'strait', x: 0, y: 0 },
      { id: 'matsu', x: 10, y: -20 },
      { id: 'park', x: 8, y: 25 },
      { id: 'same-spot', x: 0, y: 0 },
    ],
    34,
  );
  for (const a of points) {
    for (const b of points) {
      if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(34 - 1e-9);
    }
  }
});
