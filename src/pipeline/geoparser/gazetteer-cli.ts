import { statSync } from 'node:fs';
import { gazetteerCachePath, writeGazetteerCache } from './gazetteer-cache.js';

/** `npm run gazetteer`: rebuilds the compact gazetteer cache from the installed packages. */
const started = performance.now();
const compact = writeGazetteerCache();
const file = gazetteerCachePath(compact.fingerprint);
const megabytes = (statSync(file).size / 1e6).toFixed(1);
console.log(
  `gazetteer: ${compact.columns.id.length} places, ${compact.names.key.length} names -> ${file} ` +
    `(${megabytes} MB, ${Math.round(performance.now() - started)} ms)`,
);
