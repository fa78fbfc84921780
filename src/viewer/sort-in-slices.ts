import { runInSlices } from './run-in-slices.js';

// Elements merged between two looks at the clock.
const MERGES_PER_STEP = 4096;

/**
 * Sorts `items` (any numbers, such as indices into columns of keys) by `compare`, stably, as
 * a bottom-up merge sort run in slices (run-in-slices.ts): sorting a million events with a
 * comparator takes seconds on a slow machine, which must not be one task. Resolves with the
 * sorted numbers, in `items` or in a buffer of the same length; `items` is not kept in order.
 */
export async function sortInSlices(
  items: Uint32Array,
  compare: (a: number, b: number) => number,
): Promise<Uint32Array> {
  const length = items.length;
  let from: Uint32Array = items;
  let to: Uint32Array = new Uint32Array(length);
  // Each pass merges pairs of sorted runs of `width` items into runs twice as long.
  let width = 1;
  let out = 0;
  let left = 0;
  let leftEnd = 0;
  let right = 0;
  let rightEnd = 0;
  const startPair = () => {
    left = out;
    leftEnd = Math.min(out + width, length);
    right = leftEnd;
    rightEnd = Math.min(out + 2 * width, length);
  };
  startPair();

  await runInSlices(() => {
    for (let budget = MERGES_PER_STEP; budget > 0; budget -= 1) {
      if (width >= length) return true;
      if (out === rightEnd) {
        if (out === length) {
          [from, to] = [to, from];
          width *= 2;
          out = 0;
        }
        startPair();
        continue;
      }
      const takeLeft =
        left < leftEnd && (right >= rightEnd || compare(from[left] ?? 0, from[right] ?? 0) <= 0);
      to[out++] = takeLeft ? (from[left++] ?? 0) : (from[right++] ?? 0);
    }
    return false;
  });
  return from;
}
