import type { Dataset, Journey } from '../schema/dataset-schema.js';
import { element } from './dom.js';
import type { JourneyRoute } from './journey-routes.js';
import { describeDate } from './precision.js';

/**
 * How the route and each of its journeys are named (journey-routes.ts), given rather than
 * imported: a module this chunk shared with the story panels would be a chunk of its own.
 */
export interface JourneyLabels {
  route: string;
  journey: (journey: Journey) => string;
}

/**
 * A route's popup as DOM nodes: each journey with its traveller, direction and date, and the
 * sentence that reports it, quoted verbatim; a button takes the reader to that sentence. A
 * chunk of its own, loaded when a reader first opens a journey.
 */
export function createJourneyPopupContent(
  route: JourneyRoute,
  labels: JourneyLabels,
  article: Dataset['article'],
  headingId: string,
  onRead: (sentence: number) => void,
): HTMLElement {
  const root = element('div', 'nm-popup nm-journey-popup');
  const heading = element('h2', 'nm-popup__name', labels.route);
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
    section.append(element('h3', 'nm-journey__title', labels.journey(journey)));
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
