import type { PlaceFeature } from '../schema/dataset-schema.js';

function firstMention(feature: PlaceFeature): number {
  let first = Number.POSITIVE_INFINITY;
  for (const mention of feature.properties.mentions) first = Math.min(first, mention.start);
  return first;
}

/**
 * The places in the order the article first mentions them (mention offsets are counted in
 * the whole text, so the smallest start is the first mention); places never mentioned keep
 * their dataset order, after the rest. Returns a new array.
 */
export function orderByFirstMention(features: readonly PlaceFeature[]): PlaceFeature[] {
  const mentioned = (feature: PlaceFeature) => firstMention(feature) < Number.POSITIVE_INFINITY;
  // Only the places the article names are sorted (an event log's million places are not), and
  // sort is stable: places first named at one offset keep their dataset order.
  return features
    .filter(mentioned)
    .sort((a, b) => firstMention(a) - firstMention(b))
    .concat(features.filter((feature) => !mentioned(feature)));
}
