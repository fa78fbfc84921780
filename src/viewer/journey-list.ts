import { element } from './dom.js';
import { journeyLabel, type JourneyRoute } from './journey-routes.js';
import { describeDate } from './precision.js';

export interface JourneyList {
  element: HTMLElement;
  destroy(): void;
}

/**
 * The journeys as a list of buttons in the panel, each opening its arc's popup: the keyboard's
 * and the screen reader's way to the arcs, and a summary of who travelled where.
 */
export function createJourneyList(
  routes: readonly JourneyRoute[],
  headingId: string,
  onOpen: (routeId: string, button: HTMLElement) => void,
): JourneyList {
  const root = element('section', 'nm-journeys');
  root.setAttribute('aria-labelledby', headingId);
  const heading = element('h2', 'nm-panel__heading', 'Journeys in the article');
  heading.id = headingId;
  const list = element('ul', 'nm-journeys__list');
  for (const route of routes) {
    for (const journey of route.journeys) {
      const item = element('li', 'nm-journeys__item');
      const button = element('button', 'nm-journeys__button');
      button.type = 'button';
      button.dataset['routeId'] = route.id;
      button.dataset['journeyId'] = journey.id;
      const date = journey.date === undefined ? 'date not given' : describeDate(journey.date);
      button.append(
        element('span', 'nm-journeys__name', journeyLabel(route, journey)),
        element('span', 'nm-journeys__date', date),
      );
      item.append(button);
      list.append(item);
    }
  }
  root.append(heading, list);
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const id = button?.dataset['routeId'];
    if (button !== null && id !== undefined) onOpen(id, button);
  };
  list.addEventListener('click', onClick);
  return {
    element: root,
    destroy() {
      list.removeEventListener('click', onClick);
      root.remove();
    },
  };
}
