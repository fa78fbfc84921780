import type { Dataset } from '../schema/dataset-schema.js';
import type { Curation } from './curation.js';
import type { LowConfidenceDecision } from './find-places-by-geoparser.js';

/**
 * A curation file, in the very form of data/<slug>.curated.json, that lists the geoparser's
 * unsure choices as aliases, each with why. An editor fixes a wrong one by changing its
 * `place` (another gazetteer id, or null for "not a place"), saves the file as the article's
 * curated file and builds again.
 */
export function reviewFile(
  dataset: Dataset,
  decisions: readonly LowConfidenceDecision[],
  curated: Omit<Curation, 'article'>,
): Curation {
  return {
    article: dataset.article.slug,
    focus: dataset.features
      .filter((feature) => feature.properties.focus)
      .map((feature) => feature.id),
    aliases: [
      ...curated.aliases,
      ...decisions.map((decision) => ({
        place: decision.placeId,
        text: decision.text,
        because: `Review: "${decision.text}" was placed at ${decision.placeName} with confidence ${decision.confidence.toFixed(2)}: ${decision.reason}. Change "place" to another gazetteer id, or to null if it is not a place.`,
      })),
    ],
    quotes: curated.quotes,
    events: curated.events,
    journeys: curated.journeys,
  };
}
