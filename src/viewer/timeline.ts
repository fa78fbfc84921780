import { element } from './dom.js';
import { dateSpan, dayNumber, isMonthOnly, rangesOverlap, type DayRange } from './date-range.js';
import { formatIsoDate } from './format-date.js';
import { describeDate } from './precision.js';
import type { StoryStep } from './story-steps.js';

export interface Timeline {
  element: HTMLElement;
  /** Dims the events outside the range (undefined: none dimmed) and shades the range. */
  setRange(range: DayRange | undefined): void;
  /** Marks one step's event (or none) as the current one. */
  setCurrent(stepId: string | undefined): void;
  destroy(): void;
}

export interface TimelineOptions {
  /** The events, chronologically. */
  steps: readonly StoryStep[];
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

/** Each event's lane: the first lane whose last event ends before this one starts. */
function assignLanes(spans: readonly DayRange[], axisDays: number): number[] {
  const laneEnds: number[] = [];
  const halfMark = (axisDays * DAY_MARK_SHARE) / 2;
  return spans.map((span) => {
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
  span: DayRange;
  steps: StoryStep[];
}

/** The steps grouped by date, in the order given: one mark on the axis per date. */
function marksByDate(steps: readonly StoryStep[]): DateMark[] {
  const marks = new Map<string, DateMark>();
  for (const step of steps) {
    const mark = marks.get(step.date) ?? { date: step.date, span: dateSpan(step.date), steps: [] };
    mark.steps.push(step);
    marks.set(step.date, mark);
  }
  return [...marks.values()];
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
export function createTimeline({ steps, axis, published, onSelect }: TimelineOptions): Timeline {
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
  for (const start of monthStarts(axis)) {
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
  const marks = marksByDate(steps);
  const lanes = assignLanes(
    marks.map((mark) => mark.span),
    axisDays,
  );
  const buttons = new Map<string, HTMLButtonElement>();
  marks.forEach((mark, i) => {
    const monthOnly = isMonthOnly(mark.date);
    const item = element('li', 'nm-timeline__item');
    const button = element(
      'button',
      monthOnly ? 'nm-tl-event nm-tl-event--month' : 'nm-tl-event nm-tl-event--day',
    );
    button.type = 'button';
    button.dataset['stepId'] = mark.steps[0]?.id ?? '';
    button.dataset['date'] = mark.date;
    button.style.setProperty('--nm-lane', String(lanes[i] ?? 0));
    const places = [...new Set(mark.steps.map((step) => step.placeName))].join(', ');
    if (monthOnly) {
      button.style.left = at(mark.span.first);
      button.style.width = share(mark.span.last + 1 - mark.span.first);
      button.append(element('span', 'nm-tl-event__label', places));
    } else {
      button.style.left = at(mark.span.first + 0.5);
    }
    const count = mark.steps.length > 1 ? ` (${mark.steps.length} events)` : '';
    const name = `${describeDate(mark.date)}: ${places}${count}`;
    button.setAttribute('aria-label', name);
    button.title = name;
    item.append(button);
    list.append(item);
    for (const step of mark.steps) buttons.set(step.id, button);
  });
  const laneCount = Math.max(1, ...lanes.map((lane) => lane + 1));
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
        buttons.get(mark.steps[0]?.id ?? '')?.classList.toggle('nm-tl-event--outside', outside);
      }
    },
    setCurrent(stepId) {
      current?.removeAttribute('aria-current');
      current = stepId === undefined ? undefined : buttons.get(stepId);
      current?.setAttribute('aria-current', 'step');
    },
    destroy() {
      list.removeEventListener('click', onClick);
      root.remove();
    },
  };
}
