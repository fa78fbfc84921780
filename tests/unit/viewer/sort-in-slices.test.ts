import { describe, expect, test } from 'vitest';
import { sortInSlices } from '../../../src/viewer/sort-in-slices.js';

/** A fixed sequence of pseudo-random keys, so that a failure can be replayed. */
function keys(length: number, distinct: number): number[] {
  let state = 20230619;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % distinct;
  });
}

describe('sortInSlices', () => {
  test.each([0, 1, 2, 3, 7, 4096, 4097, 50_001])(
    'orders %i indices by their keys, equal keys in their first order',
    async (length) => {
      const key = keys(length, 37);
      const indices = Uint32Array.from({ length }, (_, i) => i);
      const sorted = await sortInSlices(indices, (a, b) => (key[a] ?? 0) - (key[b] ?? 0));
      // Array.prototype.sort is stable: the reference order.
      const expected = [...Array(length).keys()].sort((a, b) => (key[a] ?? 0) - (key[b] ?? 0));
      expect([...sorted]).toEqual(expected);
    },
  );

  test('a long sort lets other tasks run before it ends', async () => {
    const key = keys(300_000, 1_000_000);
    const compare = (a: number, b: number) => (key[a] ?? 0) - (key[b] ?? 0);
    let finished = false;
    const sorting = sortInSlices(
      Uint32Array.from(key, (_, i) => i),
      compare,
    ).then((sorted) => {
      finished = true;
      return sorted;
    });
    let finishedWhenOtherTaskRan: boolean | undefined;
    setTimeout(() => {
      finishedWhenOtherTaskRan = finished;
    }, 0);
    const sorted = await sorting;
    expect(finishedWhenOtherTaskRan).toBe(false);
    expect(sorted.every((item, i) => i === 0 || compare(sorted[i - 1] ?? 0, item) <= 0)).toBe(true);
  });
});
