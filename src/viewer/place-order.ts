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
  return features
    .map((feature, index) => ({ feature, index, first: firstMention(feature) }))
    .sort((a, b) => (a.first === b.first ? a.index - b.index : a.first - b.first))
    .map(({ feature }) => feature);
}
