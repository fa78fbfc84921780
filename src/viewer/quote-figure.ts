import type { Quote } from '../schema/dataset-schema.js';
import { element, timeElement } from './dom.js';

/**
 * A quotation as a block quote with its attribution underneath: the speaker, then the source
 * the article credits (a broadcaster, a statement) and the date when it has them.
 */
export function createQuoteFigure(quote: Quote): HTMLElement {
  const figure = element('figure', 'nm-quote');
  const blockquote = element('blockquote', 'nm-quote__text', quote.text);
  const attribution = element('figcaption', 'nm-quote__attribution');
  attribution.append(element('span', 'nm-quote__speaker', quote.speaker));
  if (quote.source !== undefined) {
    attribution.append(', ', element('cite', 'nm-quote__source', quote.source));
  }
  if (quote.date !== undefined) attribution.append(', ', timeElement(quote.date));
  figure.append(blockquote, attribution);
  return figure;
}
