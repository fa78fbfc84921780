import type { GazetteerRef } from '../../schema/dataset-schema.js';
import { divisionNote, GEONAMES_NOTE, type CompactGazetteer } from './compact-gazetteer.js';
import { readGazetteerCache } from './gazetteer-cache.js';
import type { Gazetteer, GazetteerEntry, NameVariant } from './types.js';

function referenceOf(
  featureCode: string,
  geonameId: number,
  note: string | undefined,
): GazetteerRef {
  if (geonameId > 0)
    return { source: 'geonames', id: String(geonameId), note: note ?? GEONAMES_NOTE };
  return {
    source: featureCode.startsWith('ADM') ? 'geonames' : 'curated',
    note: note ?? GEONAMES_NOTE,
  };
}

/** Indexes a compact gazetteer for lookup by name; entries become objects only when asked for. */
export function indexGazetteer(compact: CompactGazetteer): Gazetteer {
  const { columns, extras } = compact;
  const built: (GazetteerEntry | undefined)[] = [];
  const entry = (index: number): GazetteerEntry => {
    const cached = built[index];
    if (cached) return cached;
    const id = columns.id[index];
    if (id === undefined) throw new RangeError(`no gazetteer entry ${index}`);
    const extra = extras[index] ?? {};
    const countryCode = columns.countryCode[index] ?? '';
    const admin1Code = columns.admin1Code[index] ?? '';
    const featureCode = columns.featureCode[index] ?? '';
    const created: GazetteerEntry = {
      id,
      name: columns.name[index] ?? id,
      kind: columns.kind[index] ?? 'city',
      featureCode,
      lon: columns.lon[index] ?? 0,
      lat: columns.lat[index] ?? 0,
      ...(extra.extent ? { extent: extra.extent } : {}),
      ...(countryCode ? { countryCode } : {}),
      ...(admin1Code ? { admin1Code } : {}),
      population: columns.population[index] ?? 0,
      ...(extra.prominence === undefined ? {} : { prominence: extra.prominence }),
      gazetteer: referenceOf(
        featureCode,
        columns.geonameId[index] ?? 0,
        extra.division ? divisionNote(extra.division, extra.note) : extra.note,
      ),
    };
    built[index] = created;
    return created;
  };

  const byKey = new Map<string, NameVariant[]>();
  const longestNameByFirstToken = new Map<string, number>();
  const { key: keys, surface: surfaces, entry: entryIndexes } = compact.names;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? '';
    const index = entryIndexes[i] ?? 0;
    const variant = { entry: index, surface: surfaces[i] || (columns.name[index] ?? '') };
    const variants = byKey.get(key);
    if (!variants) byKey.set(key, [variant]);
    else if (!variants.some((known) => known.entry === variant.entry)) variants.push(variant);
    const space = key.indexOf(' ');
    if (space < 0) {
      if (!longestNameByFirstToken.has(key)) longestNameByFirstToken.set(key, 1);
    } else {
      const first = key.slice(0, space);
      const length = key.split(' ').length;
      if ((longestNameByFirstToken.get(first) ?? 0) < length)
        longestNameByFirstToken.set(first, length);
    }
  }

  const countryByCode = new Map<string, number>();
  const regionByCode = new Map<string, number>();
  columns.featureCode.forEach((featureCode, index) => {
    if (featureCode === 'PCLI') countryByCode.set(columns.countryCode[index] ?? '', index);
    if (featureCode === 'ADM1') {
      regionByCode.set(
        `${columns.countryCode[index] ?? ''}.${columns.admin1Code[index] ?? ''}`,
        index,
      );
    }
  });
  return {
    size: columns.id.length,
    entry,
    byKey,
    longestNameByFirstToken,
    countryByCode,
    regionByCode,
    commonWords: new Set(compact.commonWords),
    demonyms: new Map(compact.demonyms),
  };
}

/**
 * The offline gazetteer: GeoNames towns, countries and first-level regions plus the curated
 * file. The first call on a fresh clone builds the cache (a few seconds); later calls only
 * read and index it. Node only: the viewer never imports this.
 */
export function loadGazetteer(): Gazetteer {
  return indexGazetteer(readGazetteerCache());
}
