/**
 * English month names, January first: the pipeline reads them in articles and the viewer
 * writes them for dataset dates, so both sides share this one list.
 */
export const MONTH_NAMES = [
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
