import type { PlaceFeature } from '../schema/dataset-schema.js';
import { forEachInSlices } from './run-in-slices.js';

function firstMention(feature: PlaceFeature): number {
  let first = Number.POSITIVE_INFINITY;
  for (const mention of feature.properties.mentions) first = Math.min(first, mention.start);
  return first;
}

/**
 * The places in the order the article first mentions them (mention offsets are counted in
 * the whole text, so the smallest start is the first mention); places never mentioned keep
 * their dataset order, after the rest. The input is never changed; when the article names none
 * of the places (an event log's million), it is the list returned, not a copy.
 */
export function orderByFirstMention(features: readonly PlaceFeature[]): readonly PlaceFeature[] {
  return orderByFirsts(features, (index) => firstMention(features[index] as PlaceFeature));
}

/** The places ordered by `firstAt(index)`, each place's first mention (infinite if none). */
function orderByFirsts(
  features: readonly PlaceFeature[],
  firstAt: (index: number) => number,
): readonly PlaceFeature[] {
  const mentioned: number[] = [];
  const silent: PlaceFeature[] = [];
  features.forEach((feature, index) => {
    if (firstAt(index) < Number.POSITIVE_INFINITY) mentioned.push(index);
    else silent.push(feature);
  });
  if (mentioned.length === 0) return features;
  // Only the places the article names are sorted, and sort is stable: places first named at one
  // offset keep their dataset order.
  return mentioned
    .sort((a, b) => firstAt(a) - firstAt(b))
    .map((index) => features[index] as PlaceFeature)
    .concat(silent);
}

/**
 * `orderByFirstMention` with its pass over the places in slices of the page's time: at a
 * million places that pass, run once on code not yet optimised, was a task of 110 to 190 ms
 * after the first paint.
 */
export async function orderByFirstMentionInSlices(
  features: readonly PlaceFeature[],
): Promise<readonly PlaceFeature[]> {
  const firsts = new Float64Array(features.length);
  let mentioned = 0;
  await forEachInSlices(features.length, (index) => {
    const first = firstMention(features[index] as PlaceFeature);
    firsts[index] = first;
    if (first < Number.POSITIVE_INFINITY) mentioned += 1;
  });
  return mentioned === 0 ? features : orderByFirsts(features, (index) => firsts[index] ?? 0);
}
