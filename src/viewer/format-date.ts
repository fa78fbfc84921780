import { MONTH_NAMES } from '../schema/month-names.js';

/**
 * A dataset date as a reader writes it: `2023-06-18` -> "18 June 2023", `2023-05` -> "May 2023".
 * Formatted by hand, not with Intl, so the text never depends on the reader's time zone.
 */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = MONTH_NAMES[Number(month) - 1];
  if (year === undefined || monthName === undefined) return iso;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** True for a date the article gives only to the month (`2023-05`). */
export function isMonthOnly(iso: string): boolean {
  return /^\d{4}-\d{2}$/.test(iso);
}
