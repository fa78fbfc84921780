import { describe, expect, test } from 'vitest';
import { orderByColumns as orderInColumns } from '../../../src/viewer/order-by-columns.js';

/** A fixed sequence of pseudo-random whole numbers below `distinct`, so a failure can be replayed. */
function randomColumn(length: number, distinct: number, seed: number): Float64Array {
  let state = seed;
  return Float64Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % distinct;
  });
}

/** The columns, then `compareTies`, as one comparator. */
const byColumnsThen =
  (columns: readonly Float64Array[], compareTies: (a: number, b: number) => number) =>
  (a: number, b: number) => {
    for (const column of columns) {
      const [x, y] = [column[a] ?? 0, column[b] ?? 0];
      if (x !== y) return x < y ? -1 : 1;
    }
    return compareTies(a, b);
  };

const orderByColumns = async (
  columns: readonly Float64Array[],
  compareTies: (a: number, b: number) => number,
  count: number,
) => [
  ...(await orderInColumns(count, {
    columns,
    compareTies,
    compare: byColumnsThen(columns, compareTies),
  })),
];

/** The order Array.prototype.sort (stable) gives by the columns, then `compareTies`. */
const referenceOrder = (
  columns: readonly Float64Array[],
  compareTies: (a: number, b: number) => number,
  count: number,
) => [...Array(count).keys()].sort(byColumnsThen(columns, compareTies));

// Ties go by a key of their own, with ties again among those, kept in their first order.
const tieKey = randomColumn(60_000, 5, 7);
const byTieKey = (a: number, b: number) => (tieKey[a] ?? 0) - (tieKey[b] ?? 0);

describe('orderByColumns', () => {
  test.each([0, 1, 2, 3, 1000, 50_000])(
    'orders %i numbers by day, then sentence, then the comparator, as a comparison sort does',
    async (count) => {
      const days = randomColumn(count, 400, 1).map((day) => 19_000 + day);
      const sentences = randomColumn(count, 40, 2);
      const order = await orderByColumns([days, sentences], byTieKey, count);
      expect(order).toEqual(referenceOrder([days, sentences], byTieKey, count));
    },
  );

  test('puts Infinity after every whole number, and negative numbers first', async () => {
    const offsets = Float64Array.from([3, Infinity, -2, 0, Infinity, 3, -2]);
    const order = await orderByColumns([offsets], () => 0, offsets.length);
    expect(order).toEqual([2, 6, 3, 0, 5, 1, 4]);
  });

  test('sorts a run of more ties than are sorted at once by the comparator too', async () => {
    const count = 20_000;
    const oneDay = new Float64Array(count).fill(19_500);
    const reversed = (a: number, b: number) => b - a;
    const order = await orderByColumns([oneDay], reversed, count);
    expect(order).toEqual([...Array(count).keys()].reverse());
  });

  test('keys over 32 bits: a column of ranks that, with the others, exceed a word', async () => {
    const count = 70_000;
    // Tens of thousands of distinct values in each of three columns: over 10^14 keys, two words
    // each.
    const spread = (seed: number) => randomColumn(count, 1_000_000, seed).map((v) => v % 280_000);
    const columns = [spread(11), spread(12), spread(13)];
    const order = await orderByColumns(columns, byTieKey, count);
    expect(order).toEqual(referenceOrder(columns, byTieKey, count));
  });

  test.each([
    ['fractions', Float64Array.from({ length: 3000 }, (_, i) => ((i * 7919) % 1000) / 8)],
    [
      'values spread too far to rank',
      Float64Array.from({ length: 3000 }, (_, i) => ((i * 7919) % 3000) * 1e9),
    ],
    [
      'negative numbers and -Infinity',
      Float64Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? -Infinity : -(i % 13))),
    ],
  ])(
    'orders a column of %s, which it cannot rank, as a comparison sort does',
    async (_, values) => {
      const count = values.length;
      expect(await orderByColumns([values], byTieKey, count)).toEqual(
        referenceOrder([values], byTieKey, count),
      );
    },
  );

  test('a long ordering lets other tasks run before it ends', async () => {
    const count = 300_000;
    const days = randomColumn(count, 3650, 3);
    let finished = false;
    const ordering = orderByColumns([days], (a, b) => a - b, count).then((order) => {
      finished = true;
      return order;
    });
    let finishedWhenOtherTaskRan: boolean | undefined;
    setTimeout(() => {
      finishedWhenOtherTaskRan = finished;
    }, 0);
    const order = await ordering;
    expect(finishedWhenOtherTaskRan).toBe(false);
    expect(order).toHaveLength(count);
    expect(
      order.every((number, i) => i === 0 || (days[order[i - 1] ?? 0] ?? 0) <= (days[number] ?? 0)),
    ).toBe(true);
  });
});
