import { readGazetteerCache } from '../../src/pipeline/geoparser/gazetteer-cache.js';

/**
 * Builds the geoparser's gazetteer cache once before the unit tests: on a fresh clone the test
 * files that load it would otherwise each build it at the same time.
 */
export default function setup(): void {
  readGazetteerCache();
}
