import type { GazetteerEntry } from './types.js';
import { RESOLVER_WEIGHTS as W } from './resolver-weights.js';

/** What a name means before the article says anything: size and feature type. */
export function priorScore(
  entry: Pick<GazetteerEntry, 'prominence' | 'population' | 'featureCode'>,
): number {
  if (entry.prominence !== undefined) return entry.prominence;
  const size = entry.population > 0 ? Math.log10(entry.population + 1) : W.unknownPopulation;
  switch (entry.featureCode) {
    case 'PCLI':
      return size + W.country;
    case 'ADM1':
      return size + W.region;
    case 'ADM2':
      return size + W.county;
    case 'PPLC':
      return size + W.capital;
    case 'PPLA':
      return size + W.regionalCapital;
    case 'PPLA2':
      return size + W.countySeat;
    case 'PPLX':
      return size + W.cityQuarter;
    default:
      return size;
  }
}

/** Whether `outer` (a country or first-level region) holds `inner`. */
export function holds(outer: GazetteerEntry, inner: GazetteerEntry): boolean {
  if (outer === inner || !outer.countryCode || outer.countryCode !== inner.countryCode)
    return false;
  if (outer.featureCode === 'PCLI') return inner.featureCode !== 'PCLI';
  if (outer.featureCode === 'ADM1')
    return inner.admin1Code === outer.admin1Code && inner.featureCode !== 'ADM1';
  return false;
}

/** Countries, regions and large curated features: nearness to them says little. */
export function isArea(entry: GazetteerEntry): boolean {
  return (
    entry.featureCode === 'PCLI' ||
    entry.featureCode === 'ADM1' ||
    entry.featureCode === 'ADM2' ||
    (entry.prominence ?? 0) >= 7
  );
}
