import type { Dataset } from '../schema/dataset-schema.js';
import { element } from './dom.js';
import { createDateFilter } from './date-filter.js';
import { dateSpan, isoDay, type DayRange } from './date-range.js';
import { formatIsoDate } from './format-date.js';
import { createStoryMode, type StoryMode } from './story-mode.js';
import {
  collectStoryEvents,
  dateRuns,
  orderStorySteps,
  placesWithEventsIn,
  type StoryStep,
} from './story-steps.js';
import { createTimeline } from './timeline.js';

export interface StoryBar {
  element: HTMLElement;
  story: StoryMode;
  destroy(): void;
}

export interface StoryBarOptions {
  dataset: Dataset;
  ids: (name: string) => string;
  announce: (text: string) => void;
  onStep: (step: StoryStep, animate: boolean) => void;
  /** The places to show: those with events in the chosen range, or undefined for all. */
  onFilter: (visible: ReadonlySet<string> | undefined) => void;
}

/** Keys that belong to the control itself: arrows move a caret or change a date there. */
function ownsArrowKeys(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** The range as whole months: the axis starts and ends on a month's edge. */
function wholeMonths(range: DayRange): DayRange {
  const first = isoDay(range.first).slice(0, 7);
  const last = isoDay(range.last).slice(0, 7);
  return { first: dateSpan(first).first, last: dateSpan(last).last };
}

/**
 * The content of the strip under the map that tells the story in time: the timeline of every
 * dated event, the story controls and the date filter. Left and right arrows step through the
 * story while focus is in the strip, except in the date inputs, which need them; the map and
 * the page keep theirs. Settles once the events are read and sorted, which a large story does
 * in slices of the page's time.
 */
export async function createStoryBar({
  dataset,
  ids,
  announce,
  onStep,
  onFilter,
}: StoryBarOptions): Promise<StoryBar> {
  const root = element('div', 'nm-story-bar__content');
  const events = await collectStoryEvents(dataset.features);
  const chronological = await orderStorySteps(events, 'chronological');
  const dates = await dateRuns(chronological);
  const bounds = events.span;

  const story = createStoryMode({
    chronological,
    sortSteps: (order) => orderStorySteps(events, order),
    announce,
    ids,
    onStep(step, animate) {
      timeline?.setCurrent(step);
      onStep(step, animate);
    },
  });
  const timeline =
    bounds === undefined
      ? undefined
      : createTimeline({
          steps: chronological,
          dates,
          axis: wholeMonths(bounds),
          published: dataset.article.published,
          onSelect: (id) => story.goTo(id, true),
        });
  const filter =
    bounds === undefined
      ? undefined
      : createDateFilter({
          bounds,
          ids,
          onChange(range) {
            timeline?.setRange(range);
            const total = dataset.features.length;
            if (range === undefined) {
              announce(`All ${total} places shown.`);
              onFilter(undefined);
              return;
            }
            const visible = placesWithEventsIn(events, range);
            const between = `${formatIsoDate(isoDay(range.first))} and ${formatIsoDate(isoDay(range.last))}`;
            announce(
              `${visible.size} of ${total} places ${visible.size === 1 ? 'has' : 'have'} events between ${between}.`,
            );
            onFilter(visible);
          },
        });

  const lower = element('div', 'nm-story-bar__lower');
  lower.append(story.element);
  if (filter !== undefined) lower.append(filter.element);
  if (timeline !== undefined) root.append(timeline.element);
  root.append(lower);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || ownsArrowKeys(event.target)) return;
    if (event.key === 'ArrowLeft') story.previous();
    else if (event.key === 'ArrowRight') story.next();
    else return;
    event.preventDefault();
  };
  root.addEventListener('keydown', onKeyDown);

  return {
    element: root,
    story,
    destroy() {
      root.removeEventListener('keydown', onKeyDown);
      story.destroy();
      timeline?.destroy();
      filter?.destroy();
      root.remove();
    },
  };
}
