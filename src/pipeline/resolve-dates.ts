import { MONTH_NAMES } from '../schema/month-names.js';

/** A date expression found in a sentence, resolved against the article's publication date. */
export interface DateExpression {
  /** Offsets into the sentence. */
  start: number;
  end: number;
  text: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` when the article gives only the month. */
  date: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS: readonly string[] = MONTH_NAMES;
const MONTH_ALTERNATION = MONTHS.join('|');

// "May" is also a verb, so a month without a day counts only after a word that takes a time.
const PATTERNS: {
  pattern: RegExp;
  resolve: (match: RegExpExecArray, published: Date) => string | undefined;
}[] = [
  {
    pattern: new RegExp(
      `\\b(${MONTH_ALTERNATION})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`,
      'g',
    ),
    resolve: (match, published) => {
      const month = MONTHS.indexOf(match[1] ?? '');
      const day = Number(match[2]);
      const year =
        match[3] === undefined ? yearOfMostRecent(published, month, day) : Number(match[3]);
      return isoDay(year, month, day);
    },
  },
  {
    pattern: new RegExp(
      `\\b(?:in|since|during|until|by|from|early|late|mid-?|last|this|next)\\s+(${MONTH_ALTERNATION})(?:\\s+(\\d{4}))?\\b`,
      'g',
    ),
    resolve: (match, published) => {
      const month = MONTHS.indexOf(match[1] ?? '');
      const year =
        match[2] === undefined ? yearOfMostRecent(published, month, 1) : Number(match[2]);
      return isoMonth(year, month);
    },
  },
  {
    pattern: new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'),
    resolve: (match, published) => {
      const weekday = WEEKDAYS.indexOf(match[1] ?? '');
      const daysBack = (published.getUTCDay() - weekday + 7) % 7;
      return toIsoDay(addDays(published, -daysBack));
    },
  },
  {
    pattern: /\b(?:earlier |later )?this month\b/g,
    resolve: (_match, published) => isoMonth(published.getUTCFullYear(), published.getUTCMonth()),
  },
  {
    pattern: /\blast month\b/g,
    resolve: (_match, published) => {
      const previous = new Date(
        Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - 1, 1),
      );
      return isoMonth(previous.getUTCFullYear(), previous.getUTCMonth());
    },
  },
  {
    pattern: /\byesterday\b/g,
    resolve: (_match, published) => toIsoDay(addDays(published, -1)),
  },
];

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isoMonth(year: number, month: number): string {
  return `${year}-${pad(month + 1)}`;
}

function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCDate() === day ? toIsoDay(date) : undefined;
}

function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** News reports look back: a month and day without a year is the latest one not after publication. */
function yearOfMostRecent(published: Date, month: number, day: number): number {
  const year = published.getUTCFullYear();
  return Date.UTC(year, month, day) <= published.getTime() ? year : year - 1;
}

export function parsePublished(published: string): Date {
  const date = new Date(`${published}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(date.getTime())) {
    throw new Error(`published date "${published}" must be a calendar day written YYYY-MM-DD`);
  }
  return date;
}

/**
 * Finds the date expressions of a sentence and resolves each from the publication day:
 * "Sunday" is the latest Sunday on or before it, "April 10" that day of the latest April
 * not after it, "in May" the month `YYYY-05`. Overlapping expressions keep the first and longest.
 */
export function findDates(sentence: string, published: string): DateExpression[] {
  const publishedDate = parsePublished(published);
  const found: DateExpression[] = [];
  for (const { pattern, resolve } of PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      const date = resolve(match, publishedDate);
      if (date === undefined) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      found.push({ start, end, text: match[0], date });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
