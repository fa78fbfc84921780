import type { PlaceFeature } from '../schema/dataset-schema.js';
import { isMonthOnly } from './format-date.js';
import { formatIsoDate } from './format-date.js';

/** Said of a place whose point stands for an area (a strait, an ocean, a country). */
export const APPROXIMATE_PLACE_LABEL = 'approximate location';

/** Whether the place's marker is only a representative point of something larger. */
export function isApproximatePlace(feature: PlaceFeature): boolean {
  return feature.properties.precision === 'area';
}

/**
 * A date as a reader should take it: "9 April 2023", or "May 2023 (month only)" when the
 * article gives no day, so that a month is never read as its first day.
 */
export function describeDate(iso: string): string {
  return isMonthOnly(iso) ? `${formatIsoDate(iso)} (month only)` : formatIsoDate(iso);
}
