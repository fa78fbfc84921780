import { element } from './dom.js';
import { formatCount } from './format-count.js';
import { dateSpan, dayNumber, isoDay, rangesOverlap, type DayRange } from './date-range.js';
import { formatIsoDate, isMonthOnly } from './format-date.js';
import { describeDate } from './precision.js';
import type { DateRun, StoryStep, StoryStepList } from './story-steps.js';
import {
  groupByPeriod,
  groupPeriod,
  MAX_TIMELINE_LANES,
  type PeriodGroup,
} from './timeline-buckets.js';

export interface Timeline {
  element: HTMLElement;
  /** Dims the events outside the range (undefined: none dimmed) and shades the range. */
  setRange(range: DayRange | undefined): void;
  /** Marks one step's event (or none) as the current one. */
  setCurrent(step: StoryStep | undefined): void;
  destroy(): void;
}

export interface TimelineOptions {
  /** The events, chronologically. */
  steps: StoryStepList;
  /** Where each date's events are among them (see dateRuns). */
  dates: readonly DateRun[];
  /** The days the axis covers, whole months. */
  axis: DayRange;
  /** The article's publication day, marked on the axis. */
  published: string;
  onSelect: (stepId: string) => void;
}

const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
/**
 * The share of the axis a mark drawn on a day keeps to itself, centred on the day: 24 px on a
 * 320 px wide viewer, so that its target clears its neighbours' in the lane (WCAG 2.5.8).
 */
const DAY_MARK_SHARE = 0.09;
/** Beyond this many months, the axis ticks only the years. */
const MAX_MONTH_TICKS = 24;
/** More dates than this cannot fit in MAX_TIMELINE_LANES lanes of day marks: they are grouped. */
const MAX_DATE_MARKS = Math.ceil(MAX_TIMELINE_LANES / DAY_MARK_SHARE);

/** Each event's lane: the first lane whose last event ends before this one starts. */
function assignLanes(marks: readonly DateMark[], axisDays: number): number[] {
  const laneEnds: number[] = [];
  const halfMark = (axisDays * DAY_MARK_SHARE) / 2;
  return marks.map(({ span }) => {
    const day = span.first === span.last;
    const start = day ? span.first + 0.5 - halfMark : span.first;
    const end = day ? span.first + 0.5 + halfMark : span.last + 1;
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = end;
    return lane;
  });
}

/** The events of one date (a day, or a month when that is all the article gives). */
interface DateMark {
  date: string;
  span: Readonly<DayRange>;
  /** Where its events start in the chronological steps, and how many there are. */
  first: number;
  count: number;
}

/** One mark on the axis per date, in the order given. */
function marksByDate(steps: StoryStepList, dates: readonly DateRun[]): DateMark[] {
  return dates.map(({ first, count }) => {
    const date = steps.at(first)?.date ?? '';
    return { date, span: dateSpan(date), first, count };
  });
}

/** The names of the places of a date's events, each once. */
function placeNames(steps: StoryStepList, mark: DateMark): string[] {
  const names = new Set<string>();
  for (let position = mark.first; position < mark.first + mark.count; position += 1) {
    const name = steps.placeAt(position)?.properties.name;
    if (name !== undefined) names.add(name);
  }
  return [...names];
}

/** A mark as drawn: a dot on a day, or a bar across a month or a group's period. */
interface TimelineMark {
  className: string;
  span: Readonly<DayRange>;
  bar: boolean;
  lane: number;
  /** The step a click opens: the mark's first event. */
  first: StoryStep | undefined;
  /** The dates of its events, to find the mark of the step shown. */
  dates: readonly string[];
  /** Its accessible name and tooltip. */
  name: string;
  /** The text shown in a bar. */
  text?: string;
  /** A group's bar is as tall as its share of the busiest group's events. */
  height?: number;
  data: Record<string, string>;
}

function dateMarkView(steps: StoryStepList, mark: DateMark, lane: number): TimelineMark {
  const monthOnly = isMonthOnly(mark.date);
  const places = placeNames(steps, mark).join(', ');
  const count = mark.count > 1 ? ` (${mark.count} events)` : '';
  return {
    className: monthOnly ? 'nm-tl-event nm-tl-event--month' : 'nm-tl-event nm-tl-event--day',
    span: mark.span,
    bar: monthOnly,
    lane,
    first: steps.at(mark.first),
    dates: [mark.date],
    name: `${describeDate(mark.date)}: ${places}${count}`,
    ...(monthOnly ? { text: places } : {}),
    data: { date: mark.date },
  };
}

function periodName(group: PeriodGroup<DateMark>): string {
  const first = isoDay(group.span.first);
  if (group.period === 'day') return formatIsoDate(first);
  if (group.period === 'week') return `week of ${formatIsoDate(first)}`;
  if (group.period === 'month') return formatIsoDate(first.slice(0, 7));
  return first.slice(0, 4);
}

const GROUP_MIN_PX = 4;
const GROUP_MAX_PX = 18;

const eventCount = (group: PeriodGroup<DateMark>) =>
  group.items.reduce((sum, mark) => sum + mark.count, 0);

/** Groups drawn as a histogram in one lane: their periods never overlap. */
function groupMarkViews(
  steps: StoryStepList,
  groups: readonly PeriodGroup<DateMark>[],
): TimelineMark[] {
  const counts = groups.map(eventCount);
  const busiest = Math.max(1, ...counts);
  return groups.map((group, i) => {
    const count = counts[i] ?? 0;
    return {
      className: 'nm-tl-event nm-tl-event--group',
      span: group.span,
      bar: true,
      lane: 0,
      first: group.items[0] === undefined ? undefined : steps.at(group.items[0].first),
      dates: group.items.map((mark) => mark.date),
      name: `${formatCount(count)} ${count === 1 ? 'event' : 'events'}, ${periodName(group)}`,
      height: Math.round(GROUP_MIN_PX + ((GROUP_MAX_PX - GROUP_MIN_PX) * count) / busiest),
      data: { period: group.period, count: String(count) },
    };
  });
}

/** The first day of every month the axis crosses. */
function monthStarts(axis: DayRange): { day: number; month: number; year: number }[] {
  const starts = [];
  const first = new Date(axis.first * 86_400_000);
  for (let year = first.getUTCFullYear(), month = first.getUTCMonth() + 1; ; month += 1) {
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const day = dayNumber(year, month, 1);
    if (day > axis.last) return starts;
    starts.push({ day, month, year });
  }
}

/**
 * Every dated event on one time axis, one mark per date (four events on 18 June are one mark
 * naming its places). A day is a dot on its day; a date known only to the month is a hatched
 * bar across the whole month, so that it never reads as a day it may not have been. Marks
 * that would overlap are stacked in lanes. Each mark is a button that opens the story at its
 * date's first event.
 */
export function createTimeline({
  steps,
  dates,
  axis,
  published,
  onSelect,
}: TimelineOptions): Timeline {
  const axisDays = axis.last - axis.first + 1;
  const share = (days: number) => `${((days / axisDays) * 100).toFixed(3)}%`;
  const at = (day: number) => share(day - axis.first);

  const root = element('div', 'nm-timeline');
  const track = element('div', 'nm-timeline__track');
  const rangeShade = element('div', 'nm-timeline__range');
  rangeShade.hidden = true;
  track.append(rangeShade);

  const ticks = element('div', 'nm-timeline__ticks');
  ticks.setAttribute('aria-hidden', 'true');
  const months = monthStarts(axis);
  // Over years, a tick per month would crowd the axis: only the years are marked.
  const shownMonths =
    months.length > MAX_MONTH_TICKS
      ? months.filter((start) => start.month === 1 || start.day <= axis.first)
      : months;
  for (const start of shownMonths) {
    const tick = element('span', 'nm-timeline__tick');
    tick.style.left = at(start.day);
    const label = MONTH_ABBREVIATIONS[start.month - 1] ?? '';
    tick.append(
      element(
        'span',
        'nm-timeline__tick-label',
        start.month === 1 || start.day <= axis.first ? `${label} ${start.year}` : label,
      ),
    );
    ticks.append(tick);
    const line = element('span', 'nm-timeline__gridline');
    line.style.left = at(start.day);
    track.append(line);
  }
  const publishedDay = dateSpan(published).first;
  if (rangesOverlap({ first: publishedDay, last: publishedDay }, axis)) {
    const mark = element('span', 'nm-timeline__published');
    mark.style.left = at(publishedDay + 0.5);
    mark.title = `Published ${formatIsoDate(published)}`;
    mark.append(element('span', 'nm-timeline__published-label', 'published'));
    track.append(mark);
  }

  const list = element('ol', 'nm-timeline__events');
  list.setAttribute('aria-label', 'Events by date');
  const dated = marksByDate(steps, dates);
  const lanes = dated.length <= MAX_DATE_MARKS ? assignLanes(dated, axisDays) : undefined;
  const fits = lanes !== undefined && lanes.every((lane) => lane < MAX_TIMELINE_LANES);
  const marks: TimelineMark[] = fits
    ? dated.map((mark, i) => dateMarkView(steps, mark, lanes[i] ?? 0))
    : groupMarkViews(steps, groupByPeriod(dated, groupPeriod(axisDays)));
  const buttons = new Map<string, HTMLButtonElement>();
  for (const mark of marks) {
    const item = element('li', 'nm-timeline__item');
    const button = element('button', mark.className);
    button.type = 'button';
    button.dataset['stepId'] = mark.first?.id ?? '';
    button.style.setProperty('--nm-lane', String(mark.lane));
    if (mark.bar) {
      const first = Math.max(mark.span.first, axis.first);
      button.style.left = at(first);
      button.style.width = share(Math.min(mark.span.last, axis.last) + 1 - first);
    } else {
      button.style.left = at(mark.span.first + 0.5);
    }
    if (mark.height !== undefined) button.style.height = `${mark.height}px`;
    if (mark.text !== undefined) button.append(element('span', 'nm-tl-event__label', mark.text));
    button.setAttribute('aria-label', mark.name);
    button.title = mark.name;
    Object.assign(button.dataset, mark.data);
    item.append(button);
    list.append(item);
    for (const date of mark.dates) buttons.set(date, button);
  }
  const laneCount = Math.max(1, ...marks.map((mark) => mark.lane + 1));
  root.style.setProperty('--nm-lanes', String(laneCount));
  track.append(list);
  root.append(track, ticks);

  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('.nm-tl-event') : null;
    const id = button instanceof HTMLElement ? button.dataset['stepId'] : undefined;
    if (id !== undefined) onSelect(id);
  };
  list.addEventListener('click', onClick);

  let current: HTMLButtonElement | undefined;
  return {
    element: root,
    setRange(range) {
      rangeShade.hidden = range === undefined;
      if (range !== undefined) {
        const first = Math.max(range.first, axis.first);
        rangeShade.style.left = at(first);
        rangeShade.style.width = share(Math.min(range.last, axis.last) + 1 - first);
      }
      for (const mark of marks) {
        const outside = range !== undefined && !rangesOverlap(mark.span, range);
        buttons.get(mark.dates[0] ?? '')?.classList.toggle('nm-tl-event--outside', outside);
      }
    },
    setCurrent(step) {
      current?.removeAttribute('aria-current');
      current = step === undefined ? undefined : buttons.get(step.date);
      current?.setAttribute('aria-current', 'step');
    },
    destroy() {
      list.removeEventListener('click', onClick);
      root.remove();
    },
  };
}
