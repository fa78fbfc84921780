/**
 * A count with English digit grouping: 12345 -> "12,345". Not Intl, whose first use on a page
 * spends some 50 ms starting up its locale data, in the middle of the map's first paint.
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
