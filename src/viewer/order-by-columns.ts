import { runInSlices, yieldToPage } from './run-in-slices.js';
import { sortInSlices } from './sort-in-slices.js';

/**
 * A column of whole numbers (or Infinity) by the rank of each value among the column's values:
 * equal values have equal ranks, a greater value a greater rank, Infinity the last.
 */
interface RankedColumn {
  values: Float64Array;
  min: number;
  /** The rank of `min + i` at `i`; Infinity's rank is at the end. */
  rankAt: Uint32Array;
  /** How many ranks there are. */
  ranks: number;
}

// Ranking by value is worth its array of ranks while the values' range is at most this many
// times the count of numbers ordered (days in a story's span, sentences of its article).
const RANGE_PER_NUMBER = 4;
const RANGE_ALWAYS_RANKED = 65_536;

// Numbers tied in every column are sorted by the comparator in one go up to this many; a longer
// run of ties is sorted in slices (sort-in-slices.ts).
const TIES_SORTED_AT_ONCE = 4096;

// Items a pass visits between two looks at the clock: a tight loop over typed arrays of about a
// millisecond, a few more where it sorts runs of ties.
const ITEMS_PER_STEP = 16_384;

// The bits of a key word one radix pass sorts by. At a million numbers, 4,096 counts made the
// fastest passes (36 ms for 24 bits, against 47 with 16-bit digits and 72 to 144 with 8-bit).
const DIGIT_BITS = 12;
const DIGIT_MASK = 2 ** DIGIT_BITS - 1;
const WORD = 2 ** 32;

/** The numbers 0 to `count` - 1, in order. */
function numbersUpTo(count: number): Uint32Array {
  const numbers = new Uint32Array(count);
  for (let number = 0; number < count; number += 1) numbers[number] = number;
  return numbers;
}

/**
 * Calls `visit` on consecutive ranges covering 0 to `count` - 1, in slices of the page's time,
 * then gives the page a turn: passes one after another never add up to one long task. A range
 * is visited in a loop of its own, not an item at a time through a callback, which at a million
 * items cost the page 60 ns an item.
 */
async function passInSlices(
  count: number,
  visit: (start: number, end: number) => void,
): Promise<void> {
  let next = 0;
  await runInSlices(() => {
    const end = Math.min(next + ITEMS_PER_STEP, count);
    visit(next, end);
    next = end;
    return next >= count;
  });
  await yieldToPage();
}

/** The column ranked, or undefined when its values are not whole or spread too far. */
async function rankedColumn(
  values: Float64Array,
  count: number,
): Promise<RankedColumn | undefined> {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let whole = true;
  await passInSlices(count, (start, end) => {
    for (let number = start; number < end; number += 1) {
      const value = values[number] ?? 0;
      if (value === Number.POSITIVE_INFINITY) continue;
      if (!Number.isInteger(value)) whole = false;
      else if (value < min) min = value;
      if (value > max) max = value;
    }
  });
  // One slot a value of the range, and Infinity's after them.
  const slots = (max >= min ? max - min + 1 : 0) + 1;
  if (!whole || slots > Math.max(RANGE_ALWAYS_RANKED, count * RANGE_PER_NUMBER)) return undefined;
  const infinitySlot = slots - 1;
  const rankAt = new Uint32Array(slots);
  await passInSlices(count, (start, end) => {
    for (let number = start; number < end; number += 1) {
      const value = values[number] ?? 0;
      rankAt[value === Number.POSITIVE_INFINITY ? infinitySlot : value - min] = 1;
    }
  });
  let ranks = 0;
  await passInSlices(slots, (start, end) => {
    for (let slot = start; slot < end; slot += 1) {
      const present = rankAt[slot] === 1;
      rankAt[slot] = ranks;
      if (present) ranks += 1;
    }
  });
  return { values, min, rankAt, ranks };
}

/**
 * Each number's key in 32-bit words, and how many bits of each word the keys use: `high` only
 * when the keys need more than 32 bits.
 */
interface KeyWords {
  low: Uint32Array;
  high: Uint32Array | undefined;
  lowBits: number;
  highBits: number;
}

const bitsFor = (greatest: number) => (greatest === 0 ? 0 : Math.floor(Math.log2(greatest)) + 1);

/**
 * Each number's ranks in the columns as one key, the first column's most significant: equal
 * keys are equal in every column. Undefined when a column cannot be ranked, or the keys would
 * not be exact in a double.
 */
async function compositeKeys(
  columns: readonly Float64Array[],
  count: number,
): Promise<KeyWords | undefined> {
  const ranked: RankedColumn[] = [];
  let keys = 1;
  for (const column of columns) {
    const ranks = await rankedColumn(column, count);
    if (ranks === undefined) return undefined;
    ranked.push(ranks);
    keys *= ranks.ranks;
  }
  if (keys > Number.MAX_SAFE_INTEGER) return undefined;
  const greatest = Math.max(0, keys - 1);
  const low = new Uint32Array(count);
  const high = greatest >= WORD ? new Uint32Array(count) : undefined;
  await passInSlices(count, (start, end) => {
    for (let number = start; number < end; number += 1) {
      let key = 0;
      for (const { values, min, rankAt, ranks } of ranked) {
        const value = values[number] ?? 0;
        const slot = value === Number.POSITIVE_INFINITY ? rankAt.length - 1 : value - min;
        key = key * ranks + (rankAt[slot] ?? 0);
      }
      low[number] = key % WORD;
      if (high !== undefined) high[number] = Math.floor(key / WORD);
    }
  });
  return {
    low,
    high,
    lowBits: Math.min(32, bitsFor(greatest)),
    highBits: bitsFor(Math.floor(greatest / WORD)),
  };
}

/** Numbers in order, with the words of their keys in the same order. */
interface Ordered {
  order: Uint32Array;
  low: Uint32Array;
  high: Uint32Array | undefined;
}

/**
 * Moves every number and its key from `from` to `to`, in the order of the digit at `shift` of
 * `digitsOf`'s word, numbers with equal digits kept in their order.
 */
async function radixPass(
  from: Ordered,
  to: Ordered,
  digitsOf: (ordered: Ordered) => Uint32Array,
  shift: number,
): Promise<void> {
  const count = from.order.length;
  const digits = digitsOf(from);
  // Where each digit's numbers start in `to`, once the counts are summed.
  const starts = new Uint32Array(DIGIT_MASK + 2);
  await passInSlices(count, (start, end) => {
    for (let at = start; at < end; at += 1) {
      const digit = (((digits[at] ?? 0) >>> shift) & DIGIT_MASK) + 1;
      starts[digit] = (starts[digit] ?? 0) + 1;
    }
  });
  for (let digit = 0; digit <= DIGIT_MASK; digit += 1)
    starts[digit + 1] = (starts[digit + 1] ?? 0) + (starts[digit] ?? 0);
  await passInSlices(count, (start, end) => {
    for (let at = start; at < end; at += 1) {
      const digit = ((digits[at] ?? 0) >>> shift) & DIGIT_MASK;
      const position = starts[digit] ?? 0;
      starts[digit] = position + 1;
      to.order[position] = from.order[at] ?? 0;
      to.low[position] = from.low[at] ?? 0;
      if (to.high !== undefined) to.high[position] = from.high?.[at] ?? 0;
    }
  });
}

/**
 * The numbers in the order of their keys, ties kept in the numbers' order: a radix sort that
 * moves each key with its number, so that every pass reads both in order (reading a column in
 * the order the last pass left missed the processor's cache at nearly every number).
 */
async function radixOrder({ low, high, lowBits, highBits }: KeyWords): Promise<Ordered> {
  const count = low.length;
  let from: Ordered = { order: numbersUpTo(count), low, high };
  let to: Ordered = {
    order: new Uint32Array(count),
    low: new Uint32Array(count),
    high: high === undefined ? undefined : new Uint32Array(count),
  };
  const passes: [digitsOf: (ordered: Ordered) => Uint32Array, shift: number][] = [];
  for (let shift = 0; shift < lowBits; shift += DIGIT_BITS) passes.push([(o) => o.low, shift]);
  for (let shift = 0; shift < highBits; shift += DIGIT_BITS)
    passes.push([(o) => o.high ?? o.low, shift]);
  for (const [digitsOf, shift] of passes) {
    await radixPass(from, to, digitsOf, shift);
    [from, to] = [to, from];
  }
  return from;
}

/** Sorts by `compare` each run of numbers whose keys are equal. */
async function sortTies(
  { order, low, high }: Ordered,
  compare: (a: number, b: number) => number,
): Promise<void> {
  const longRuns: [start: number, end: number][] = [];
  let runStart = 0;
  await passInSlices(order.length, (start, end) => {
    for (let at = start; at < end; at += 1) {
      const next = at + 1;
      if (next < order.length && low[at] === low[next] && high?.[at] === high?.[next]) continue;
      if (next - runStart > TIES_SORTED_AT_ONCE) longRuns.push([runStart, next]);
      else if (next - runStart > 1) order.subarray(runStart, next).sort(compare);
      runStart = next;
    }
  });
  for (const [start, end] of longRuns)
    order.set(await sortInSlices(order.slice(start, end), compare), start);
}

/** An order of numbers, by numeric columns, then by a comparator among numbers tied in all. */
export interface ColumnOrdering {
  /** Each numbered by the numbers, the first most significant. */
  columns: readonly Float64Array[];
  compareTies: (a: number, b: number) => number;
  /** The whole order as one comparator: the columns', then `compareTies`. */
  compare: (a: number, b: number) => number;
}

/**
 * The numbers 0 to `count` - 1 in `ordering`, in slices of the page's time (run-in-slices.ts).
 * Found by ranking the columns' values when they are whole numbers or Infinity (days,
 * sentences) within a range a few times the count: a few passes over the numbers, where a
 * comparison sort of a million story events took 4 s of the page. Any other column is left to
 * a comparison sort in slices (sort-in-slices.ts).
 */
export async function orderByColumns(
  count: number,
  { columns, compareTies, compare }: ColumnOrdering,
): Promise<Uint32Array> {
  const keys = await compositeKeys(columns, count);
  if (keys === undefined) return sortInSlices(numbersUpTo(count), compare);
  const ordered = await radixOrder(keys);
  await sortTies(ordered, compareTies);
  return ordered.order;
}
