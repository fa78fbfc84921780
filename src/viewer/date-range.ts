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

/**
 * The days a dataset date may stand for: one day for `2023-04-09`, the whole month for
 * `2023-05` (1 to 31 May), since the article does not say which day it was.
 */
export function dateSpan(iso: string): Readonly<DayRange> {
  let span = spans.get(iso);
  if (span === undefined) {
    span = parseSpan(iso);
    spans.set(iso, span);
  }
  return span;
}

// A story of 100,000 events has a few hundred dates: each is read once, not once per event.
const spans = new Map<string, Readonly<DayRange>>();

function parseSpan(iso: string): Readonly<DayRange> {
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
