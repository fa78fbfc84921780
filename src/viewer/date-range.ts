import type { PlaceFeature } from '../schema/dataset-schema.js';

/** Whole days since 1970-01-01 (UTC), first and last included. */
export interface DayRange {
  first: number;
  last: number;
}

const DAY_MS = 86_400_000;

/** The day number of a calendar day, counted in UTC so that no time zone moves it. */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** `2023-04-09` from a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** True for a date the article gives only to the month (`2023-05`). */
export function isMonthOnly(iso: string): boolean {
  return /^\d{4}-\d{2}$/.test(iso);
}

/**
 * The days a dataset date may stand for: one day for `2023-04-09`, the whole month for
 * `2023-05` (1 to 31 May), since the article does not say which day it was.
 */
export function dateSpan(iso: string): DayRange {
  const [year = 0, month = 1, day] = iso.split('-').map(Number);
  if (day !== undefined) {
    const only = dayNumber(year, month, day);
    return { first: only, last: only };
  }
  // Day 0 of the next month is the last day of this one.
  return { first: dayNumber(year, month, 1), last: dayNumber(year, month + 1, 0) };
}

/** Whether two ranges share at least one day: a May event lies in a range that touches May. */
export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** The smallest range that holds every date given; undefined for none. */
export function spanOfDates(dates: readonly string[]): DayRange | undefined {
  if (dates.length === 0) return undefined;
  const spans = dates.map(dateSpan);
  return {
    first: Math.min(...spans.map((span) => span.first)),
    last: Math.max(...spans.map((span) => span.last)),
  };
}

/** The ids of the places with at least one event whose date may fall in `range`. */
export function placesWithEventsIn(
  features: readonly PlaceFeature[],
  range: DayRange,
): Set<string> {
  return new Set(
    features
      .filter((feature) =>
        feature.properties.events.some((event) => rangesOverlap(dateSpan(event.date), range)),
      )
      .map((feature) => feature.id),
  );
}
