import type { Dataset, Journey } from '../schema/dataset-schema.js';
import { element } from './dom.js';
import type { JourneyRoute } from './journey-routes.js';
import { describeDate } from './precision.js';

function placeName(route: JourneyRoute, id: string): string {
  return id === route.from.id ? route.from.properties.name : route.to.properties.name;
}

/** "Antony Blinken: Washington → Beijing". */
export function journeyLabel(route: JourneyRoute, journey: Journey): string {
  return `${journey.traveller}: ${placeName(route, journey.from)} → ${placeName(route, journey.to)}`;
}

/** "Washington – Beijing": the route, with no direction, since its journeys may go both ways. */
export function routeLabel(route: JourneyRoute): string {
  return `${route.from.properties.name} – ${route.to.properties.name}`;
}

/**
 * A route's popup as DOM nodes: each journey with its traveller, direction and date, and the
 * sentence that reports it, quoted verbatim; a button takes the reader to that sentence.
 */
export function createJourneyPopupContent(
  route: JourneyRoute,
  article: Dataset['article'],
  headingId: string,
  onRead: (sentence: number) => void,
): HTMLElement {
  const root = element('div', 'nm-popup nm-journey-popup');
  const heading = element('h2', 'nm-popup__name', routeLabel(route));
  heading.id = headingId;
  heading.tabIndex = -1;
  const count = route.journeys.length;
  root.append(
    heading,
    element('p', 'nm-popup__meta', count === 1 ? 'Journey' : `${count} journeys`),
  );

  for (const journey of route.journeys) {
    const section = element('section', 'nm-popup__section nm-journey');
    section.dataset['journeyId'] = journey.id;
    section.append(element('h3', 'nm-journey__title', journeyLabel(route, journey)));
    const date = journey.date === undefined ? 'Date not given' : describeDate(journey.date);
    section.append(element('p', 'nm-journey__date', date));
    const sentence = article.sentences[journey.sentence];
    if (sentence !== undefined) {
      section.append(element('blockquote', 'nm-journey__sentence', sentence.text));
      const read = element('button', 'nm-button nm-read-article', 'Read in the article');
      read.type = 'button';
      read.addEventListener('click', () => onRead(journey.sentence));
      section.append(read);
    }
    root.append(section);
  }
  root.append(
    element(
      'p',
      'nm-journey-popup__note',
      'The line is the shortest route over the globe between the two places, not the route travelled.',
    ),
  );
  return root;
}
