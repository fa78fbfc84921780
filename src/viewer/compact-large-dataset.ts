import { packPlaces } from './pack-places.js';
import { shareRepeatedValues } from './share-repeated-values.js';

// Below this many places, the parse is left as it is. At 1,000,000 generated places, sharing
// alone took the heap from 574 MB to 444 MB. At 100,000 it would save about a tenth of 68 MB,
// while its 300 ms of work competed with the two workers for the cores and delayed the first
// paint.
const COMPACT_FROM_PLACES = 250_000;

/**
 * Makes a very large dataset, as the page has parsed it, smaller in memory while the worker
 * still validates it: its repeated values shared (share-repeated-values.ts), then its places
 * packed around the column of coordinates the cluster index holds (pack-places.ts). Every
 * value reads the same before and after.
 */
export async function compactLargeDataset(
  value: unknown,
  points: Float64Array | undefined,
): Promise<void> {
  const features = typeof value === 'object' && value !== null && Reflect.get(value, 'features');
  if (!Array.isArray(features) || features.length < COMPACT_FROM_PLACES) return;
  await shareRepeatedValues(value);
  if (points !== undefined) await packPlaces(features, points);
}
