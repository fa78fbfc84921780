import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { geoparse } from '../geoparser/geoparse.js';
import { loadGazetteer } from '../geoparser/load-gazetteer.js';
import { readGeoVirus } from './read-geovirus.js';

/**
 * `npm run bench:geoparse`: how long the gazetteer takes to load, and how many megabytes of
 * article text per second the geoparser reads once it is loaded. A benchmark, not a test: it
 * prints and asserts nothing. Articles come from GeoVirus when ../shared/corpora has it,
 * else from the test fixtures. Rates are given per wall-clock second and per second of this
 * process's CPU time: on a shared machine the second is the fairer figure.
 */
const CORPUS = path.resolve('..', 'shared', 'corpora', 'GeoVirus.xml');
const FIXTURES = path.resolve('tests', 'fixtures', 'geoparser');
/** Read at least this much text per measured round, so that timer noise does not matter. */
const ROUND_BYTES = 4_000_000;
const ROUNDS = 3;

function articles(): { source: string; texts: string[] } {
  if (existsSync(CORPUS))
    return { source: CORPUS, texts: readGeoVirus(CORPUS).map((article) => article.text) };
  const texts = readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(path.join(FIXTURES, file), 'utf8'));
  return { source: FIXTURES, texts };
}

const megabytes = (bytes: number) => bytes / 1e6;

/** Wall-clock and CPU seconds spent in `work`. */
function measure<T>(work: () => T): { result: T; wall: number; cpu: number } {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const result = work();
  const cpuSpent = process.cpuUsage(cpuBefore);
  return {
    result,
    wall: (performance.now() - wallBefore) / 1000,
    cpu: (cpuSpent.user + cpuSpent.system) / 1e6,
  };
}

const rate = (bytes: number, seconds: number) => `${(megabytes(bytes) / seconds).toFixed(2)} MB/s`;

const load = measure(loadGazetteer);
const gazetteer = load.result;
console.log(
  `gazetteer: ${gazetteer.size} places loaded in ${(load.wall * 1000).toFixed(0)} ms ` +
    `(${(load.cpu * 1000).toFixed(0)} ms CPU)`,
);

const { source, texts } = articles();
const sizes = texts.map((text) => Buffer.byteLength(text, 'utf8'));
const corpusBytes = sizes.reduce((sum, size) => sum + size, 0);
console.log(`articles: ${texts.length} from ${source} (${megabytes(corpusBytes).toFixed(2)} MB)`);

const cold = measure(() => texts.forEach((text) => geoparse(text, gazetteer)));
console.log(
  `first pass (cold): ${rate(corpusBytes, cold.wall)}, ${rate(corpusBytes, cold.cpu)} of CPU`,
);

for (let round = 1; round <= ROUNDS; round++) {
  const { result, wall, cpu } = measure(() => {
    let bytes = 0;
    let toponyms = 0;
    while (bytes < ROUND_BYTES) {
      texts.forEach((text, i) => {
        toponyms += geoparse(text, gazetteer).length;
        bytes += sizes[i] ?? 0;
      });
    }
    return { bytes, toponyms };
  });
  console.log(
    `round ${round}: ${megabytes(result.bytes).toFixed(1)} MB in ${wall.toFixed(2)} s: ${rate(result.bytes, wall)}, ` +
      `${rate(result.bytes, cpu)} of CPU (${result.toponyms} toponyms)`,
  );
}

// One long input, as `newsmap build` may be handed: the resolver's windows keep it linear.
const long = texts.join('\n\n').repeat(Math.max(1, Math.ceil(10_000_000 / corpusBytes)));
const longBytes = Buffer.byteLength(long, 'utf8');
const single = measure(() => geoparse(long, gazetteer).length);
console.log(
  `one ${megabytes(longBytes).toFixed(1)} MB text: ${single.wall.toFixed(2)} s: ${rate(longBytes, single.wall)}, ` +
    `${rate(longBytes, single.cpu)} of CPU (${single.result} toponyms)`,
);
