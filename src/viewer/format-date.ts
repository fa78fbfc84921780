const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A dataset date as a reader writes it: `2023-06-18` -> "18 June 2023", `2023-05` -> "May 2023".
 * Formatted by hand, not with Intl, so the text never depends on the reader's time zone.
 */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = MONTHS[Number(month) - 1];
  if (year === undefined || monthName === undefined) return iso;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}
