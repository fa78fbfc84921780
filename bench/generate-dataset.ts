import { createWriteStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import {
  PLACE_KINDS,
  type Article,
  type Dataset,
  type PlaceFeature,
} from '../src/schema/dataset-schema.js';

/** Bumped whenever the generated text changes, so that cached files are never stale. */
const GENERATOR_VERSION = 2;
const SENTENCE_COUNT = 40;
const HOTSPOT_COUNT = 300;
const NAME_STEMS = [
  'Al',
  'Bel',
  'Cor',
  'Dun',
  'Es',
  'Far',
  'Gal',
  'Har',
  'Is',
  'Jun',
  'Kal',
  'Lor',
  'Mar',
  'Nor',
  'Or',
  'Pel',
  'Qua',
  'Ros',
  'Sal',
  'Tor',
  'Ul',
  'Val',
  'Wes',
  'Yar',
  'Zan',
];
const NAME_ENDINGS = [
  'ford',
  'abad',
  'grad',
  'ville',
  'pur',
  'stad',
  'ham',
  'polis',
  'dorf',
  'kent',
];

/** mulberry32: a small, fast generator whose whole state is one 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Roughly normal (Irwin-Hall of three), enough to make towns denser at their centre. */
function gaussian(random: () => number): number {
  return random() + random() + random() - 1.5;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function syntheticArticle(random: () => number): Article {
  const sentences: Article['sentences'] = [];
  let offset = 0;
  for (let i = 0; i < SENTENCE_COUNT; i++) {
    const text = `Sentence ${i} of a synthetic event log, ${Math.floor(random() * 1000)} reports.`;
    sentences.push({ text, start: offset, end: offset + text.length, paragraph: i, role: 'body' });
    offset += text.length + 1;
  }
  return {
    slug: 'synthetic-event-log',
    title: 'Synthetic event log for the benchmark',
    published: '2023-06-19',
    source: { name: 'newsmap bench generator', note: 'Generated with a fixed seed; not news.' },
    sentences,
    untiedQuotes: [],
    journeys: [],
  };
}

function isoDay(random: () => number): string {
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** One place per event: the worst case for a map, since no two markers share a point. */
function syntheticFeature(
  i: number,
  random: () => number,
  hotspots: readonly [number, number, number][],
): PlaceFeature {
  const [centerLon, centerLat, spread] = pick(random, hotspots);
  const lon = clamp(centerLon + gaussian(random) * spread, -180, 180);
  const lat = clamp(centerLat + gaussian(random) * spread * 0.7, -85, 85);
  const name = `${pick(random, NAME_STEMS)}${pick(random, NAME_ENDINGS)} ${i}`;
  return {
    type: 'Feature',
    id: `event-${i}`,
    geometry: {
      type: 'Point',
      coordinates: [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5],
    },
    properties: {
      name,
      kind: pick(random, PLACE_KINDS),
      aliases: [],
      precision: 'point',
      focus: i < 7,
      gazetteer: { source: 'curated' },
      provenance: { place: 'curated' },
      mentions: [],
      captions: [],
      quotes: [],
      events: [
        {
          date: isoDay(random),
          summary: `Event ${i} reported at ${name}`,
          sentence: Math.floor(random() * SENTENCE_COUNT),
          provenance: { date: 'curated', place: 'curated' },
        },
      ],
    },
  };
}

export interface SyntheticOptions {
  /** Whether each place carries its event (the default); without, the viewer shows no timeline. */
  events?: boolean;
}

/**
 * The synthetic dataset: its article, and its `count` features one by one, the same for the
 * same seed. Places gather around a few hundred "towns" of varied spread.
 */
export function syntheticDataset(
  count: number,
  seed: number,
  { events = true }: SyntheticOptions = {},
): { article: Article; features: Generator<PlaceFeature> } {
  const random = seededRandom(seed);
  const hotspots: [number, number, number][] = Array.from({ length: HOTSPOT_COUNT }, () => [
    -170 + random() * 340,
    -50 + random() * 115,
    0.05 + random() * random() * 4,
  ]);
  const article = syntheticArticle(random);
  function* features() {
    for (let i = 0; i < count; i++) {
      const feature = syntheticFeature(i, random, hotspots);
      if (!events) feature.properties.events = [];
      yield feature;
    }
  }
  return { article, features: features() };
}

/** The whole synthetic dataset as one object, for tests and small sizes. */
export function buildSyntheticDataset(
  count: number,
  seed: number,
  options: SyntheticOptions = {},
): Dataset {
  const { article, features } = syntheticDataset(count, seed, options);
  return { type: 'FeatureCollection', article, features: [...features] };
}

export function datasetFileName(
  count: number,
  seed: number,
  { events = true }: SyntheticOptions = {},
): string {
  return `synthetic-${count}${events ? '' : '-no-events'}-seed${seed}-v${GENERATOR_VERSION}.geojson`;
}

/**
 * Writes a valid dataset of `count` events (one place each) to `dir`, the same bytes for the
 * same seed, streamed so that a million features never sit in memory at once. Returns the
 * file's path; an existing file of the same count, seed and generator version is reused.
 */
export async function generateDataset(
  dir: string,
  count: number,
  seed: number,
  options: SyntheticOptions = {},
): Promise<string> {
  const file = path.join(dir, datasetFileName(count, seed, options));
  if ((await stat(file).catch(() => undefined))?.isFile()) return file;
  await mkdir(dir, { recursive: true });
  const partial = `${file}.tmp`;
  const out = createWriteStream(partial);
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const { article, features } = syntheticDataset(count, seed, options);
  await write(`{"type":"FeatureCollection","article":${JSON.stringify(article)},"features":[\n`);
  let written = 0;
  for (const feature of features) {
    await write(`${written > 0 ? ',\n' : ''}${JSON.stringify(feature)}`);
    written += 1;
  }
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
  await rename(partial, file);
  return file;
}
