import type { Mention, PlaceFeature } from '../schema/dataset-schema.js';
import { dateSpan, type DayRange } from './date-range.js';
import type { ColumnOrdering } from './order-by-columns.js';
import { forEachInSlices } from './run-in-slices.js';

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

/**
 * The steps in one order. A step is built from the dataset when asked for: a story of a
 * million events holds a few numbers per event, not a million step objects and their ids.
 */
export interface StoryStepList extends Iterable<StoryStep> {
  readonly length: number;
  at(position: number): StoryStep | undefined;
  /** The place of the step at `position`, without building the step. */
  placeAt(position: number): PlaceFeature | undefined;
  /** Whether the steps at two positions have the same date, without building them. */
  sameDate(a: number, b: number): boolean;
  /** Where the step with this id is; -1 if there is none. */
  indexOf(id: string): number;
}

/**
 * Every dated event of the dataset, numbered place by place in the dataset's order, with
 * what both orders sort it by, in columns.
 */
export interface StoryEvents {
  features: readonly PlaceFeature[];
  /** Each event's place (an index into `features`) and its index among the place's events. */
  place: Uint32Array;
  event: Uint32Array;
  /** How many of its place's events, up to and including it, have its date (see stepId). */
  repeat: Uint32Array;
  /** The first and last day its date may stand for. */
  first: Float64Array;
  last: Float64Array;
  sentence: Float64Array;
  /** Where the event's sentence first names the place; Infinity when it does not. */
  offset: Float64Array;
  /** The days all the events may stand for; undefined when there are none. */
  span: DayRange | undefined;
}

/** Where each sentence first names a place, from its mentions. */
function firstMentionBySentence(mentions: readonly Mention[]): Map<number, number> {
  const first = new Map<number, number>();
  for (const { sentence, start } of mentions) {
    first.set(sentence, Math.min(first.get(sentence) ?? Number.POSITIVE_INFINITY, start));
  }
  return first;
}

/**
 * The story's events, read from the dataset in slices (run-in-slices.ts): a million events
 * never hold the page in one task.
 */
export async function collectStoryEvents(features: readonly PlaceFeature[]): Promise<StoryEvents> {
  let count = 0;
  // Counted in slices too: a million places' count, run once on code not yet optimised, was a
  // task of 60 to 100 ms.
  await forEachInSlices(features.length, (placeIndex) => {
    count += (features[placeIndex] as PlaceFeature).properties.events.length;
  });
  const events: StoryEvents = {
    features,
    place: new Uint32Array(count),
    event: new Uint32Array(count),
    repeat: new Uint32Array(count),
    first: new Float64Array(count),
    last: new Float64Array(count),
    sentence: new Float64Array(count),
    offset: new Float64Array(count),
    span: undefined,
  };
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let next = 0;
  await forEachInSlices(features.length, (placeIndex) => {
    const { mentions, events: dated } = (features[placeIndex] as PlaceFeature).properties;
    // Counted per place as it goes: a place may have a hundred thousand events.
    const seen = dated.length > 1 ? new Map<string, number>() : undefined;
    const firstMention = mentions.length > 0 ? firstMentionBySentence(mentions) : undefined;
    dated.forEach((event, eventIndex) => {
      const repeat = (seen?.get(event.date) ?? 0) + 1;
      seen?.set(event.date, repeat);
      events.repeat[next] = repeat;
      const span = dateSpan(event.date);
      first = Math.min(first, span.first);
      last = Math.max(last, span.last);
      events.place[next] = placeIndex;
      events.event[next] = eventIndex;
      events.first[next] = span.first;
      events.last[next] = span.last;
      events.sentence[next] = event.sentence;
      events.offset[next] = firstMention?.get(event.sentence) ?? Number.POSITIVE_INFINITY;
      next += 1;
    });
  });
  if (count > 0) events.span = { first, last };
  return events;
}

/**
 * The id of an event (numbered as in StoryEvents): its place and its date. A place can have
 * several events on one date (three on 18 June at Diaoyutai); the second and later get a
 * counter, so that each id stays the same whatever the order.
 */
function stepId({ features, place, event, repeat }: StoryEvents, number: number): string {
  const feature = features[place[number] ?? 0];
  const date = feature?.properties.events[event[number] ?? 0]?.date;
  const base = `${feature?.id}-${date}`;
  const count = repeat[number] ?? 1;
  return count === 1 ? base : `${base}-${count}`;
}

// Not `a - b`: two places never named in their sentences are both at Infinity, and
// Infinity - Infinity is NaN.
const compareValues = <T extends number | string>(a: T, b: T) => (a < b ? -1 : a > b ? 1 : 0);

// From this many events the order is found by ranking (order-by-columns.ts, a chunk of its own),
// which took 0.5 to 0.65 s of the page at a million events where a comparison sort in slices
// took 4 s. Fewer are sorted at once: 9,999 in 7 to 15 ms (in Node), an article's in well under
// one.
const RANKED_ORDER_FROM = 10_000;

/** The numbers of `count` events in `ordering`. */
async function orderedNumbers(count: number, ordering: ColumnOrdering): Promise<Uint32Array> {
  if (count >= RANKED_ORDER_FROM) {
    const ranked = await import('./order-by-columns.js').then(
      ({ orderByColumns }) => orderByColumns(count, ordering),
      () => undefined,
    );
    if (ranked !== undefined) return ranked;
  }
  const numbers = new Uint32Array(count);
  for (let number = 0; number < count; number += 1) numbers[number] = number;
  return numbers.sort(ordering.compare);
}

/** The steps of `events` in `sorted` order (numbers of events). */
function stepList(events: StoryEvents, sorted: Uint32Array): StoryStepList {
  const { features, place, event, first, last } = events;
  const featureAt = (position: number) => features[place[sorted[position] ?? 0] ?? 0];
  const eventIndexAt = (position: number) => event[sorted[position] ?? 0] ?? 0;
  const at = (position: number): StoryStep | undefined => {
    if (position < 0 || position >= sorted.length) return undefined;
    const feature = featureAt(position);
    const dated = feature?.properties.events[eventIndexAt(position)];
    if (feature === undefined || dated === undefined) return undefined;
    return {
      id: stepId(events, sorted[position] ?? 0),
      placeId: feature.id,
      placeName: feature.properties.name,
      date: dated.date,
      summary: dated.summary,
      sentence: dated.sentence,
    };
  };
  return {
    length: sorted.length,
    at,
    placeAt: (position) =>
      position < 0 || position >= sorted.length ? undefined : featureAt(position),
    sameDate(a, b) {
      const [eventA, eventB] = [sorted[a] ?? 0, sorted[b] ?? 0];
      // Equal dates have equal spans, and no two dates have the same span.
      return first[eventA] === first[eventB] && last[eventA] === last[eventB];
    },
    indexOf(id) {
      for (let position = 0; position < sorted.length; position += 1) {
        const feature = featureAt(position);
        // The place's id starts the step's: most events are passed over without building an id.
        if (feature === undefined || !id.startsWith(feature.id)) continue;
        if (stepId(events, sorted[position] ?? 0) === id) return position;
      }
      return -1;
    },
    *[Symbol.iterator]() {
      for (let position = 0; position < sorted.length; position += 1) {
        const step = at(position);
        if (step !== undefined) yield step;
      }
    },
  };
}

/**
 * The story's steps in the order the reader chose. Chronological: by the first day the date
 * may stand for (so "May" comes before "4 May"), then the shorter span, then as the article
 * tells it. As the article tells it: by the sentence that tells the event and, within one
 * sentence, by where the place is named in it. Equal events are ordered by place id, date and
 * count on that date. A long story is ordered in slices, like the events' reading.
 */
export async function orderStorySteps(
  events: StoryEvents,
  order: StoryOrder,
): Promise<StoryStepList> {
  const { features, place, event, repeat, first, last, sentence, offset } = events;
  const featureOf = (number: number) => features[place[number] ?? 0];
  const dateOf = (number: number) =>
    featureOf(number)?.properties.events[event[number] ?? 0]?.date ?? '';
  // By the parts of the events' ids (see stepId): their place's id, their date, their count.
  // Built as strings for a million events, the ids were some 40 MB kept through the sort, and the
  // collections of the young objects they filled held the page for 50 to 110 ms at a time.
  const byId = (a: number, b: number) =>
    compareValues(featureOf(a)?.id ?? '', featureOf(b)?.id ?? '') ||
    compareValues(dateOf(a), dateOf(b)) ||
    compareValues(repeat[a] ?? 1, repeat[b] ?? 1);
  const byArticle = (a: number, b: number) =>
    compareValues(sentence[a] ?? 0, sentence[b] ?? 0) ||
    compareValues(offset[a] ?? 0, offset[b] ?? 0) ||
    byId(a, b);
  const byDate = (a: number, b: number) =>
    compareValues(first[a] ?? 0, first[b] ?? 0) ||
    compareValues(last[a] ?? 0, last[b] ?? 0) ||
    byArticle(a, b);
  const sorted = await orderedNumbers(
    place.length,
    order === 'chronological'
      ? { columns: [first, last, sentence, offset], compareTies: byId, compare: byDate }
      : { columns: [sentence, offset], compareTies: byId, compare: byArticle },
  );
  return stepList(events, sorted);
}

/** Every dated event of the dataset as a story step, in the order the reader chose. */
export async function buildStorySteps(
  features: readonly PlaceFeature[],
  order: StoryOrder,
): Promise<StoryStepList> {
  return orderStorySteps(await collectStoryEvents(features), order);
}

/** One date's events among the chronological steps: where they start and how many there are. */
export interface DateRun {
  first: number;
  count: number;
}

/**
 * The dates of steps in chronological order, where one date's events are next to each other,
 * as runs. Found in slices: a million steps read in one go would be a long task.
 */
export async function dateRuns(steps: StoryStepList): Promise<DateRun[]> {
  const runs: DateRun[] = [];
  await forEachInSlices(steps.length, (position) => {
    const run = runs.at(-1);
    if (run !== undefined && steps.sameDate(run.first, position)) run.count += 1;
    else runs.push({ first: position, count: 1 });
  });
  return runs;
}

/**
 * The ids of the places with at least one event whose date may fall in `range`: a scan of the
 * events' day columns, so that narrowing the range again over a million events reads no place.
 */
export function placesWithEventsIn(
  { features, place, first, last }: StoryEvents,
  range: DayRange,
): Set<string> {
  const visible = new Set<string>();
  for (let number = 0; number < place.length; number += 1) {
    if ((first[number] ?? 0) > range.last || (last[number] ?? 0) < range.first) continue;
    const id = features[place[number] ?? 0]?.id;
    if (id !== undefined) visible.add(id);
  }
  return visible;
}
