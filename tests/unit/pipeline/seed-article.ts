import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleSeed } from '../../../src/pipeline/build-dataset.js';
import { parseCuration } from '../../../src/pipeline/curation.js';
import { parseStoryGazetteer } from '../../../src/pipeline/story-gazetteer.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SLUG = 'blinken-beijing-talks-2023';
export const DATASET_FILE = path.join(ROOT, 'data', `${SLUG}.geojson`);

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));

/** The first article, its gazetteer and its curation, as the pipeline reads them. */
export function loadSeed() {
  const meta = readJson('seeds/000_e866d559e996a40b.meta.json') as Omit<ArticleSeed, 'text'>;
  const seed: ArticleSeed = {
    ...meta,
    text: readFileSync(path.join(ROOT, 'seeds/000_e866d559e996a40b.txt'), 'utf8'),
  };
  const gazetteer = parseStoryGazetteer(readJson('data/story-gazetteer.json'));
  const curation = parseCuration(readJson(`data/${SLUG}.curated.json`), 'curation');
  return { seed, gazetteer, curation };
}
