import type { Caption, PlaceFeature, PlaceEvent } from '../schema/dataset-schema.js';
import { element, timeElement } from './dom.js';
import { createPlaceIcon } from './place-icon.js';
import { kindGroup, kindLabel } from './place-kind.js';
import { APPROXIMATE_PLACE_LABEL, isApproximatePlace } from './precision.js';
import { createQuoteFigure } from './quote-figure.js';

function createCaption(caption: Caption): HTMLElement {
  const figure = element('figure', 'nm-caption');
  const figcaption = element('figcaption', '');
  figcaption.append(element('span', 'nm-caption__text', caption.text));
  if (caption.date !== undefined) {
    const date = element('span', 'nm-caption__date');
    date.append(timeElement(caption.date));
    figcaption.append(' ', date);
  }
  figure.append(figcaption);
  return figure;
}

function createEvent(event: PlaceEvent): HTMLElement {
  const item = element('li', 'nm-event');
  item.append(timeElement(event.date, 'nm-event__date'), ' ', element('span', '', event.summary));
  return item;
}

function createSection(title: string, className: string, items: readonly HTMLElement[]) {
  const section = element('section', `nm-popup__section ${className}`);
  section.append(element('h3', 'nm-popup__section-title', title), ...items);
  return section;
}

/** Every distinct date of what happened at the place, in order: events, captions, quotations. */
function placeDates(feature: PlaceFeature): string[] {
  const { events, captions, quotes } = feature.properties;
  const dates = [...events, ...captions, ...quotes].flatMap((item) =>
    item.date === undefined ? [] : [item.date],
  );
  return [...new Set(dates)].sort();
}

/**
 * The content of a place's popup, as DOM nodes: its name (the heading that names the dialog),
 * kind and dates, `actions` (such as "Read in the article"), what happened there, the photo
 * captions and the quotations. `headingId` must be unique in the page.
 */
export function createPopupContent(
  feature: PlaceFeature,
  headingId: string,
  actions: readonly HTMLElement[] = [],
): HTMLElement {
  const { name, kind, events, captions, quotes } = feature.properties;
  const root = element('div', 'nm-popup');
  const header = element('header', 'nm-popup__header');
  header.append(createPlaceIcon(kindGroup(kind), `nm-popup__icon nm-kind-${kindGroup(kind)}`));
  const heading = element('h2', 'nm-popup__name', name);
  heading.id = headingId;
  heading.tabIndex = -1;
  const meta = element('p', 'nm-popup__meta', kindLabel(kind));
  if (isApproximatePlace(feature)) {
    meta.append(' · ', element('span', 'nm-approximate', APPROXIMATE_PLACE_LABEL));
  }
  const dates = placeDates(feature);
  dates.forEach((date, i) => meta.append(i === 0 ? ' · ' : ', ', timeElement(date)));
  const titles = element('div', 'nm-popup__titles');
  titles.append(heading, meta);
  header.append(titles);
  root.append(header);
  if (actions.length > 0) {
    const bar = element('div', 'nm-popup__actions');
    bar.append(...actions);
    root.append(bar);
  }

  if (events.length > 0) {
    const list = element('ul', 'nm-events');
    list.append(...events.map(createEvent));
    root.append(createSection('What happened here', 'nm-popup__events', [list]));
  }
  if (captions.length > 0) {
    const title = captions.length === 1 ? 'Photo caption' : 'Photo captions';
    root.append(createSection(title, 'nm-popup__captions', captions.map(createCaption)));
  }
  if (quotes.length > 0) {
    const title = quotes.length === 1 ? 'Quotation' : 'Quotations';
    root.append(createSection(title, 'nm-popup__quotes', quotes.map(createQuoteFigure)));
  }
  if (events.length + captions.length + quotes.length === 0) {
    root.append(element('p', 'nm-popup__empty', 'The article mentions this place in passing.'));
  }
  return root;
}
