import { packPlaces } from './pack-places.js';
import { shareRepeatedValues } from './share-repeated-values.js';

// Below this many places, the parse is left as it is. At 1,000,000 generated places, the page's
// heap was 574 MB, 444 MB with sharing and 277 MB with packing too. At 100,000 it is about
// 70 MB without either, and the 300 ms of sharing competed with the two workers for the cores
// and delayed the first paint.
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
