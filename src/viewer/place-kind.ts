import type { PlaceKind } from '../schema/dataset-schema.js';

/** The icon families: several dataset kinds share one symbol so that each stays distinct at a glance. */
export type KindGroup =
  'city' | 'building' | 'base' | 'park' | 'islands' | 'strait' | 'country' | 'water-or-region';

const GROUP_OF_KIND: Readonly<Record<PlaceKind, KindGroup>> = {
  city: 'city',
  building: 'building',
  'naval-base': 'base',
  park: 'park',
  island: 'islands',
  'island-group': 'islands',
  strait: 'strait',
  sea: 'water-or-region',
  ocean: 'water-or-region',
  region: 'water-or-region',
  state: 'country',
  country: 'country',
  continent: 'water-or-region',
  'natural-feature': 'park',
};

export function kindGroup(kind: PlaceKind): KindGroup {
  return GROUP_OF_KIND[kind];
}

/** `naval-base` -> "Naval base": the kind as a label a reader can read. */
export function kindLabel(kind: PlaceKind): string {
  const words = kind.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
