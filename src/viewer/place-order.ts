import type { PlaceFeature } from '../schema/dataset-schema.js';

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
  const mentioned = features.filter((feature) => firstMention(feature) < Number.POSITIVE_INFINITY);
  if (mentioned.length === 0) return features;
  // Only the places the article names are sorted, and sort is stable: places first named at one
  // offset keep their dataset order.
  const named = new Set(mentioned);
  return mentioned
    .sort((a, b) => firstMention(a) - firstMention(b))
    .concat(features.filter((feature) => !named.has(feature)));
}
