/**
 * A problem found in a dataset, returned as data so that callers choose how to report it.
 * `path` is where in the document it is (`features[3].properties.captions[0].date`), and
 * `feature` names the feature by its id when it has a usable one.
 */
export interface DatasetIssue {
  path: string;
  feature?: string;
  message: string;
}

export function formatIssue(issue: DatasetIssue): string {
  const where =
    issue.feature === undefined ? issue.path : `feature "${issue.feature}" at ${issue.path}`;
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}

export class DatasetError extends Error {
  readonly issues: readonly DatasetIssue[];

  constructor(issues: readonly DatasetIssue[]) {
    const shown = issues.slice(0, 5).map(formatIssue);
    const more =
      issues.length > shown.length ? [`... and ${issues.length - shown.length} more`] : [];
    super(['The dataset is not valid:', ...shown, ...more].join('\n  '));
    this.name = 'DatasetError';
    this.issues = issues;
  }
}

const QUOTED_LENGTH = 60;

/**
 * Quotes a string from the data for a report: JSON-escaped, so that no control character
 * (a terminal escape, say) reaches the reader raw, and cut short, so that a 10 MB value
 * does not become a 10 MB message.
 */
export function quoteValue(value: string): string {
  return value.length <= QUOTED_LENGTH
    ? JSON.stringify(value)
    : `${JSON.stringify(value.slice(0, QUOTED_LENGTH))}... (${value.length} characters)`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Renders a path of keys the way a reader writes it in JavaScript: `features[3].id`. */
export function pathToString(keys: readonly (string | number)[]): string {
  return keys
    .map((key, i) =>
      typeof key === 'number'
        ? `[${key}]`
        : key.length > QUOTED_LENGTH || !IDENTIFIER.test(key)
          ? `[${quoteValue(key)}]`
          : i === 0
            ? key
            : `.${key}`,
    )
    .join('');
}
