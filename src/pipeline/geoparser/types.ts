import type { Extent, GazetteerRef, PlaceKind } from '../../schema/dataset-schema.js';

/** One place the gazetteer knows, in the form the resolver scores. */
export interface GazetteerEntry {
  /** Stable kebab-case slug, unique within the gazetteer. */
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceKind;
  /** GeoNames feature code (PPLC, PPLA, ADM1, PCLI) or `CURATED` for the hand-made file. */
  readonly featureCode: string;
  readonly lon: number;
  readonly lat: number;
  readonly extent?: Extent;
  /** ISO 3166-1 alpha-2. */
  readonly countryCode?: string;
  /** GeoNames first-level code within the country, e.g. `TX` for Texas. */
  readonly admin1Code?: string;
  /** Inhabitants; for a country or region, the sum over its GeoNames towns. 0 when unknown. */
  readonly population: number;
  /** How prominent a curated feature is, on the scale of log10(population). */
  readonly prominence?: number;
  readonly gazetteer: GazetteerRef;
}

/** A written form of a name, pointing at the entry it names. */
export interface NameVariant {
  readonly entry: number;
  /** The form as the source spells it: its capitals decide which spellings in text match. */
  readonly surface: string;
}

export interface Gazetteer {
  /** How many places it holds. */
  readonly size: number;
  /** The place at an index; built on first use, since a text needs only a few hundred. */
  entry(index: number): GazetteerEntry;
  /** Folded, space-joined name tokens -> the entries with that name. */
  readonly byKey: ReadonlyMap<string, readonly NameVariant[]>;
  /** First folded token of any name -> the most tokens a name starting with it has. */
  readonly longestNameByFirstToken: ReadonlyMap<string, number>;
  /** ISO alpha-2 -> index of the country entry. */
  readonly countryByCode: ReadonlyMap<string, number>;
  /** `US.TX` -> index of the first-level region entry. */
  readonly regionByCode: ReadonlyMap<string, number>;
  /** Words that are frequent in lower case in English: `Nice` or `Reading` need evidence. */
  readonly commonWords: ReadonlySet<string>;
  /** Demonym or adjective (folded) -> ISO alpha-2 of its country. */
  readonly demonyms: ReadonlyMap<string, string>;
}

/** Where a toponym resolved to. */
export interface ResolvedPlace {
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceKind;
  readonly lon: number;
  readonly lat: number;
  readonly extent?: Extent;
  readonly gazetteer: GazetteerRef;
  readonly countryCode?: string;
  readonly population?: number;
}

/** A place mention in the text with the place it resolves to. */
export interface Toponym {
  /** UTF-16 offsets into the text: `text.slice(start, end)` is the mention. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly place: ResolvedPlace;
  /** 0..1: how sure the resolver is of this place. */
  readonly confidence: number;
  /** Why the confidence is low (an ambiguous name, a place the gazetteer lacks). */
  readonly reason?: string;
}
