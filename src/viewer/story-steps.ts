import type { PlaceFeature } from '../schema/dataset-schema.js';
import { dateSpan, type DayRange } from './date-range.js';

/** One step of story mode: one dated event at one place. */
export interface StoryStep {
  /** Stable across orders and reloads, and the `#step=` URL key: `matsu-islands-2023-04-09`. */
  id: string;
  placeId: string;
  placeName: string;
  date: string;
  /** The sentence of the article that tells the event, verbatim. */
  summary: string;
  sentence: number;
}

/** As it happened, or as the article tells it. */
export type StoryOrder = 'chronological' | 'article';

export const STORY_ORDERS: readonly StoryOrder[] = ['chronological', 'article'];

interface RankedStep {
  step: StoryStep;
  /** Where in the article the place is named in the event's sentence (its first mention). */
  offset: number;
  /** The days its date may stand for, worked out once rather than in every comparison. */
  span: DayRange;
}

/** Where each sentence first names the place: one pass over its mentions. */
function firstMentionBySentence(feature: PlaceFeature): Map<number, number> {
  const first = new Map<number, number>();
  for (const { sentence, start } of feature.properties.mentions) {
    first.set(sentence, Math.min(first.get(sentence) ?? Number.POSITIVE_INFINITY, start));
  }
  return first;
}

function rankedSteps(features: readonly PlaceFeature[]): RankedStep[] {
  return features.flatMap((feature) => {
    if (feature.properties.events.length === 0) return [];
    const seen = new Map<string, number>();
    const mentioned = firstMentionBySentence(feature);
    return feature.properties.events.map((event) => {
      // A place can have several events on one date (three on 18 June at Diaoyutai); the
      // second and later get a counter, so each id stays the same whatever the order.
      const count = (seen.get(event.date) ?? 0) + 1;
      seen.set(event.date, count);
      const base = `${feature.id}-${event.date}`;
      return {
        step: {
          id: count === 1 ? base : `${base}-${count}`,
          placeId: feature.id,
          placeName: feature.properties.name,
          date: event.date,
          summary: event.summary,
          sentence: event.sentence,
        },
        offset: mentioned.get(event.sentence) ?? Number.POSITIVE_INFINITY,
        span: dateSpan(event.date),
      };
    });
  });
}

const byId = (a: RankedStep, b: RankedStep) =>
  a.step.id < b.step.id ? -1 : a.step.id > b.step.id ? 1 : 0;

const byArticle = (a: RankedStep, b: RankedStep) =>
  a.step.sentence - b.step.sentence || a.offset - b.offset || byId(a, b);

/**
 * Chronological: by the first day the date may stand for (so "May" comes before "4 May"),
 * then the shorter span, then as the article tells it.
 */
const byDate = (a: RankedStep, b: RankedStep) =>
  a.span.first - b.span.first || a.span.last - b.span.last || byArticle(a, b);

/**
 * Every dated event of the dataset as a story step, in the order the reader chose. Pure:
 * `buildStorySteps(features, 'article')` lists the events by the sentence that tells them and,
 * within one sentence, by where the place is named in it.
 */
export function buildStorySteps(features: readonly PlaceFeature[], order: StoryOrder): StoryStep[] {
  return rankedSteps(features)
    .sort(order === 'chronological' ? byDate : byArticle)
    .map(({ step }) => step);
}
