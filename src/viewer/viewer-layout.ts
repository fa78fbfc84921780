import type { Dataset, Quote } from '../schema/dataset-schema.js';
import { element, timeElement } from './dom.js';
import { createQuoteFigure } from './quote-figure.js';
import type { ViewerLayout } from './viewer-options.js';

export interface ViewerLayoutParts {
  panel: HTMLElement;
  /** The panel's scrolling part, which holds the place list. */
  panelBody: HTMLElement;
  /** Where the place list goes. */
  listSlot: HTMLElement;
  mapElement: HTMLElement;
  remove(): void;
}

/** The article's source, linked when the dataset gives its (http or https, by the schema) address. */
function createSourceCredit(source: Dataset['article']['source']): HTMLElement {
  if (source.url === undefined) return element('span', '', source.name);
  const link = element('a', '', source.name);
  link.href = source.url;
  link.rel = 'noopener noreferrer';
  return link;
}

// Below this width the panel leaves the side of the map for a sheet under it.
const SHEET_BELOW_WIDTH = 720;

function createUntiedQuotes(quotes: readonly Quote[], headingId: string): HTMLElement {
  const section = element('section', 'nm-untied');
  section.setAttribute('aria-labelledby', headingId);
  const heading = element('h2', 'nm-panel__heading', 'Quoted in the article');
  heading.id = headingId;
  section.append(heading, ...quotes.map(createQuoteFigure));
  return section;
}

/**
 * The viewer's page structure: a panel (the article's title, the list of places and the
 * quotations tied to no place) beside the map on wide screens, below it as a sheet that folds
 * on narrow ones. The map region is named and described for screen readers.
 */
export function buildViewerLayout(
  root: HTMLElement,
  dataset: Dataset,
  layout: ViewerLayout,
  ids: (name: string) => string,
): ViewerLayoutParts {
  const { article, features } = dataset;
  const panel = element('section', 'nm-panel');
  panel.setAttribute('aria-labelledby', ids('title'));
  const header = element('header', 'nm-panel__header');
  const title = element(layout === 'full' ? 'h1' : 'h2', 'nm-panel__title', article.title);
  title.id = ids('title');
  const byline = element('p', 'nm-panel__byline');
  byline.append(createSourceCredit(article.source), ', ', timeElement(article.published));
  const toggle = element('button', 'nm-panel__toggle');
  toggle.type = 'button';
  toggle.setAttribute('aria-controls', ids('panel-body'));
  const titles = element('div', 'nm-panel__titles');
  titles.append(title, byline);
  header.append(titles, toggle);

  const panelBody = element('div', 'nm-panel__body');
  panelBody.id = ids('panel-body');
  const listHeading = element(
    'h2',
    'nm-panel__heading',
    'Places, in the order the article mentions them',
  );
  listHeading.id = ids('list-heading');
  const listSlot = element('div', 'nm-panel__places');
  listSlot.append(listHeading);
  panelBody.append(listSlot);
  if (article.untiedQuotes.length > 0) {
    panelBody.append(createUntiedQuotes(article.untiedQuotes, ids('untied-heading')));
  }
  panel.append(header, panelBody);

  const setExpanded = (expanded: boolean) => {
    panel.classList.toggle('nm-panel--folded', !expanded);
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.textContent = expanded ? 'Hide places' : `Show places (${features.length})`;
  };
  setExpanded(layout === 'full');
  const onToggle = () => {
    setExpanded(panel.classList.contains('nm-panel--folded'));
  };
  toggle.addEventListener('click', onToggle);

  const mapElement = element('div', 'nm-map');
  mapElement.setAttribute('role', 'region');
  mapElement.setAttribute('aria-label', 'Map of the places in the article');
  mapElement.setAttribute('aria-describedby', ids('map-description'));
  const focusCount = features.filter((feature) => feature.properties.focus).length;
  const description = element(
    'p',
    'nm-sr-only',
    `A map of the ${features.length} places the article mentions, framed on the ${focusCount} it is about. ` +
      'Each marker opens what the article says there; the list of places opens the same.',
  );
  description.id = ids('map-description');

  const fitLayout = () => {
    const sheet = layout === 'compact' || root.clientWidth < SHEET_BELOW_WIDTH;
    root.classList.toggle('newsmap--sheet', sheet);
  };
  // Measured before the panel and the map are in: the root's width is its container's, and
  // laid out with no more than its loading notice, it costs no layout of the panel's text; the
  // map's own measure then lays out everything once.
  fitLayout();
  root.append(panel, mapElement, description);
  const resizeObserver = new ResizeObserver(fitLayout);
  resizeObserver.observe(root);
  return {
    panel,
    panelBody,
    listSlot,
    mapElement,
    remove() {
      resizeObserver.disconnect();
      root.classList.remove('newsmap--sheet');
      toggle.removeEventListener('click', onToggle);
      panel.remove();
      mapElement.remove();
      description.remove();
    },
  };
}
