import { isMonthOnly } from './format-date.js';
import { describeDate } from './precision.js';

/**
 * Creates an element with its classes and, optionally, its text. Text is always set with
 * textContent: dataset text never reaches the DOM as HTML.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== '') node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A <time> element reading like "18 June 2023", or "May 2023 (month only)" when the article
 * gives no day, machine-readable as its ISO date.
 */
export function timeElement(iso: string, className = ''): HTMLTimeElement {
  const approximate = isMonthOnly(iso) ? 'nm-date--approximate' : '';
  const time = element(
    'time',
    [className, approximate].filter(Boolean).join(' '),
    describeDate(iso),
  );
  time.dateTime = iso;
  return time;
}
