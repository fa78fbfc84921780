import { element } from './dom.js';
import type { DatasetProblem } from './load-dataset.js';

// Enough to fix the first problems without burying the page in a long list.
const MAX_ISSUES_SHOWN = 20;

/**
 * What the reader sees instead of the map when the data cannot be shown: a plain message, and
 * for an invalid dataset each problem with the feature and field it concerns.
 */
export async function createDatasetProblemView(problem: DatasetProblem): Promise<HTMLElement> {
  const view = element('div', 'nm-problem');
  view.setAttribute('role', 'alert');
  view.append(element('h2', 'nm-problem__title', 'This map cannot be shown'));
  if (problem.kind === 'unavailable') {
    view.append(element('p', '', `The map's data could not be loaded (${problem.message}).`));
    return view;
  }
  const { issues } = problem;
  // From the validator's chunk, loaded by then: imported here instead, the issues' module would
  // be split out of that chunk into a file the validator waits for, a round trip on every page.
  const { formatIssue } = await import('./read-dataset.js');
  view.append(
    element(
      'p',
      '',
      `The map's data is not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}):`,
    ),
  );
  const list = element('ul', 'nm-problem__issues');
  for (const issue of issues.slice(0, MAX_ISSUES_SHOWN)) {
    list.append(element('li', '', formatIssue(issue)));
  }
  if (issues.length > MAX_ISSUES_SHOWN) {
    list.append(element('li', '', `… and ${issues.length - MAX_ISSUES_SHOWN} more`));
  }
  view.append(list);
  return view;
}
