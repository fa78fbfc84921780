import type { Extent, PlaceKind } from '../../schema/dataset-schema.js';

/**
 * The gazetteer as stored in the cache: one array per field, because 140,000 rows parse
 * several times faster as a few long arrays than as small objects or rows.
 */
export interface CompactColumns {
  id: string[];
  name: string[];
  kind: PlaceKind[];
  /** GeoNames feature code (PPLC, PPLA, ...), `PCLI` for a country, `ADM1`, or `CURATED`. */
  featureCode: string[];
  lon: number[];
  lat: number[];
  /** ISO alpha-2, or '' */
  countryCode: string[];
  /** GeoNames first-level code, or '' */
  admin1Code: string[];
  population: number[];
  /** GeoNames id, or 0 where the entry is not one GeoNames feature. */
  geonameId: number[];
}

/** What only a few entries have, by entry index. */
export interface CompactExtras {
  extent?: Extent;
  prominence?: number;
  /**
   * Attribution; entries without one carry the GeoNames default below. For a division, where
   * its point comes from, when not from its towns.
   */
  note?: string;
  /** GeoNames code of an administrative division (`US.TX.113`); its note is made from it. */
  division?: string;
}

export interface CompactGazetteer {
  /** Changes whenever the builder or its inputs change, so a stale cache is never read. */
  readonly fingerprint: string;
  readonly columns: CompactColumns;
  readonly extras: Record<number, CompactExtras>;
  /** Every name a place goes by: folded lookup key, surface form ('' for the entry's own name), entry index. */
  readonly names: { key: string[]; surface: string[]; entry: number[] };
  readonly commonWords: string[];
  readonly demonyms: [string, string][];
}

export const GEONAMES_NOTE = 'GeoNames (geonames.org), CC BY 4.0';

/** The attribution of a division, by default one whose point the builder derived from its towns. */
export function divisionNote(division: string, point = 'centre of its GeoNames towns'): string {
  const level = division.split('.').length === 2 ? 'first' : 'second';
  return `${GEONAMES_NOTE}: ${level}-level division ${division}; point: ${point}`;
}
