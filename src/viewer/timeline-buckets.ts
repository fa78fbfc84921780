import { dateSpan, dayNumber, isoDay, type DayRange } from './date-range.js';

/** The lanes the timeline may stack marks in before it groups events instead: its height. */
export const MAX_TIMELINE_LANES = 3;
/** At most this many groups across the axis, so each is a target wide enough to press. */
const MAX_GROUPS = 60;

/** The periods events are grouped by when one mark per date would not fit, finest first. */
export type GroupPeriod = 'day' | 'week' | 'month' | 'year';
const PERIODS: readonly GroupPeriod[] = ['day', 'week', 'month', 'year'];
const PERIOD_DAYS: Readonly<Record<GroupPeriod, number>> = {
  day: 1,
  week: 7,
  month: 31,
  year: 366,
};

/** The days of the period of `period` that holds `day` (weeks start on Monday). */
export function periodOf(day: number, period: GroupPeriod): DayRange {
  if (period === 'day') return { first: day, last: day };
  // Day 0, 1 January 1970, was a Thursday: three days after a Monday.
  if (period === 'week') {
    const monday = day - ((((day + 3) % 7) + 7) % 7);
    return { first: monday, last: monday + 6 };
  }
  const iso = isoDay(day);
  const year = Number(iso.slice(0, 4));
  if (period === 'year') return { first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
  return dateSpan(iso.slice(0, 7));
}

/** The dates of one period, as one mark with a count. */
export interface PeriodGroup<T> {
  period: GroupPeriod;
  span: DayRange;
  /** The dates' own marks, in the order given. */
  items: T[];
}

/** The finest period that puts no more than MAX_GROUPS groups across the axis. */
export function groupPeriod(axisDays: number): GroupPeriod {
  return PERIODS.find((period) => PERIOD_DAYS[period] * MAX_GROUPS >= axisDays) ?? 'year';
}

/**
 * Dated items (one per date, each with its span) grouped by the period their span starts in,
 * in time order: as many groups as periods, however many events each date holds.
 */
export function groupByPeriod<T extends { span: DayRange }>(
  items: readonly T[],
  period: GroupPeriod,
): PeriodGroup<T>[] {
  const groups = new Map<number, PeriodGroup<T>>();
  for (const item of items) {
    const span = periodOf(item.span.first, period);
    const group = groups.get(span.first) ?? { period, span, items: [] };
    group.items.push(item);
    groups.set(span.first, group);
  }
  return [...groups.values()].sort((a, b) => a.span.first - b.span.first);
}
