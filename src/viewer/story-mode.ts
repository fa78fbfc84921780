import { element } from './dom.js';
import { formatCount } from './format-count.js';
import { describeDate } from './precision.js';
import {
  STORY_ORDERS,
  type StoryOrder,
  type StoryStep,
  type StoryStepList,
} from './story-steps.js';

export interface StoryMode {
  element: HTMLElement;
  /** Goes to a step by id; false if there is none. `animate` is false for a deep link. */
  goTo(id: string, animate: boolean): boolean;
  previous(): void;
  next(): void;
  /** The step shown, if any. */
  current(): StoryStep | undefined;
  /** Stops playing (the reader took over, for instance by opening another place). */
  pause(): void;
  destroy(): void;
}

export interface StoryModeOptions {
  /** The steps as they happened: the order the story starts in. */
  chronological: StoryStepList;
  /** The same steps in another order, sorted the first time the reader asks for it. */
  sortSteps: (order: StoryOrder) => Promise<StoryStepList>;
  /** Shows a step: moves the map to its place and opens its popup. */
  onStep: (step: StoryStep, animate: boolean) => void;
  announce: (text: string) => void;
  ids: (name: string) => string;
}

// Long enough to read a step's sentence and its popup before the next one.
const PLAY_STEP_MS = 6000;

const ORDER_LABELS: Readonly<Record<StoryOrder, string>> = {
  chronological: 'As it happened',
  article: 'As the article tells it',
};

function button(className: string, text: string): HTMLButtonElement {
  const node = element('button', `nm-button ${className}`, text);
  node.type = 'button';
  return node;
}

/**
 * Steps through the article's dated events, one place and one sentence at a time, in the order
 * they happened or the order the article tells them (the reader chooses; the step shown stays
 * the same when the order changes). Previous, next, play and pause are buttons; each step
 * calls `onStep`.
 */
export function createStoryMode({
  chronological,
  sortSteps,
  onStep,
  announce,
  ids,
}: StoryModeOptions): StoryMode {
  const root = element('section', 'nm-story');
  root.setAttribute('aria-labelledby', ids('story-heading'));
  const heading = element('h2', 'nm-story__heading', 'Story');
  heading.id = ids('story-heading');

  const orderGroup = element('div', 'nm-story__order');
  orderGroup.setAttribute('role', 'group');
  orderGroup.setAttribute('aria-label', 'Order of the events');
  const orderButtons = new Map<StoryOrder, HTMLButtonElement>();
  for (const order of STORY_ORDERS) {
    const choice = button('nm-story__order-choice', ORDER_LABELS[order]);
    choice.dataset['order'] = order;
    orderButtons.set(order, choice);
    orderGroup.append(choice);
  }

  const previousButton = button('nm-story__previous', 'Previous');
  previousButton.setAttribute('aria-label', 'Previous event');
  const playButton = button('nm-story__play', 'Play');
  const nextButton = button('nm-story__next', 'Next');
  nextButton.setAttribute('aria-label', 'Next event');
  const position = element('span', 'nm-story__position');
  const controls = element('div', 'nm-story__controls');
  controls.append(previousButton, playButton, nextButton, position);

  const card = element('div', 'nm-story__card');
  const cardTitle = element('p', 'nm-story__title');
  const cardText = element('p', 'nm-story__sentence');
  card.append(cardTitle, cardText);
  root.append(heading, orderGroup, controls, card);

  let order: StoryOrder = 'chronological';
  let steps = chronological;
  // The order last chosen, which may still be sorting.
  let wanted: StoryOrder = order;
  const sorted = new Map<StoryOrder, Promise<StoryStepList>>([
    ['chronological', Promise.resolve(chronological)],
  ]);
  let index = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;
  const total = () => steps.length;
  // "1 of 100,000": a story of a benchmark's size is read with its thousands grouped.

  const render = () => {
    for (const [key, choice] of orderButtons)
      choice.setAttribute('aria-pressed', String(key === order));
    const step = steps.at(index);
    // aria-disabled, not disabled: a disabled button would drop the focus of the reader who pressed it.
    previousButton.setAttribute('aria-disabled', String(index <= 0));
    nextButton.setAttribute('aria-disabled', String(index >= total() - 1));
    playButton.disabled = total() === 0;
    playButton.textContent = timer === undefined ? 'Play' : 'Pause';
    root.classList.toggle('nm-story--active', step !== undefined);
    cardTitle.replaceChildren();
    if (step === undefined) {
      position.textContent = `${formatCount(total())} events`;
      cardText.textContent =
        total() === 0
          ? 'The article gives no dates.'
          : 'Step through the events with Next or Play, or pick one on the timeline.';
      return;
    }
    position.textContent = `${formatCount(index + 1)} of ${formatCount(total())}`;
    const date = element('span', 'nm-story__date', describeDate(step.date));
    cardTitle.append(date, ' · ', element('span', 'nm-story__place', step.placeName));
    cardText.textContent = step.summary;
  };

  const show = (next: number, animate: boolean) => {
    const step = steps.at(next);
    if (step === undefined) return;
    index = next;
    render();
    announce(
      `Event ${formatCount(index + 1)} of ${formatCount(total())}: ${describeDate(step.date)}, ${step.placeName}.`,
    );
    onStep(step, animate);
  };

  const stopTimer = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const tick = () => {
    if (index >= total() - 1) {
      stopTimer();
      render();
      return;
    }
    show(index + 1, true);
    timer = setTimeout(tick, PLAY_STEP_MS);
  };
  const onPlay = () => {
    if (timer !== undefined) {
      stopTimer();
      render();
      return;
    }
    // Playing from the last step starts the story again.
    const from = index >= total() - 1 ? 0 : index + 1;
    timer = setTimeout(tick, PLAY_STEP_MS);
    show(from, true);
  };
  const onPrevious = () => {
    if (index > 0) show(index - 1, true);
  };
  const onNext = () => {
    if (index < total() - 1) show(index + 1, true);
  };
  const onOrder = (event: MouseEvent) => {
    const choice = event.target instanceof Element ? event.target.closest('button') : null;
    const chosen = STORY_ORDERS.find((key) => key === choice?.dataset['order']);
    if (chosen === undefined) return;
    wanted = chosen;
    if (chosen === order) return;
    let sorting = sorted.get(chosen);
    if (sorting === undefined) {
      sorting = sortSteps(chosen);
      sorted.set(chosen, sorting);
    }
    // A million events take seconds to sort; the reader may step on meanwhile.
    root.setAttribute('aria-busy', 'true');
    void sorting.then((inOrder) => {
      root.removeAttribute('aria-busy');
      if (destroyed || chosen !== wanted || chosen === order) return;
      const id = steps.at(index)?.id;
      order = chosen;
      steps = inOrder;
      index = id === undefined ? -1 : steps.indexOf(id);
      render();
      announce(
        `${ORDER_LABELS[order]}.${index >= 0 ? ` This is event ${formatCount(index + 1)} of ${formatCount(total())}.` : ''}`,
      );
    });
  };
  orderGroup.addEventListener('click', onOrder);
  previousButton.addEventListener('click', onPrevious);
  nextButton.addEventListener('click', onNext);
  playButton.addEventListener('click', onPlay);
  render();

  return {
    element: root,
    goTo(id, animate) {
      const found = steps.indexOf(id);
      if (found === -1) return false;
      show(found, animate);
      return true;
    },
    previous: onPrevious,
    next: onNext,
    current: () => steps.at(index),
    pause() {
      if (timer === undefined) return;
      stopTimer();
      render();
    },
    destroy() {
      destroyed = true;
      stopTimer();
      orderGroup.removeEventListener('click', onOrder);
      previousButton.removeEventListener('click', onPrevious);
      nextButton.removeEventListener('click', onNext);
      playButton.removeEventListener('click', onPlay);
      root.remove();
    },
  };
}
