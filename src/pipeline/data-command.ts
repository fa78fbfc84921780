import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDataset, type ArticleSeed } from './build-dataset.js';
import { findByGazetteerNames } from './find-places.js';
import { EMPTY_CURATION, parseCuration, type Curation } from './curation.js';
import { parseStoryGazetteer } from './story-gazetteer.js';
import { writeFileAtomically } from './write-atomically.js';
import { serializeDataset } from './serialize-dataset.js';

async function readJson(root: string, file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${path.relative(root, file)}: ${(error as Error).message}`, { cause: error });
  }
}

async function readSeed(root: string, textFile: string): Promise<ArticleSeed> {
  const meta = (await readJson(root, textFile.replace(/\.txt$/, '.meta.json'))) as Omit<
    ArticleSeed,
    'text'
  >;
  return { ...meta, text: await readFile(textFile, 'utf8') };
}

async function readCuration(root: string, slug: string): Promise<Omit<Curation, 'article'>> {
  const file = path.join(root, 'data', `${slug}.curated.json`);
  const exists = await readFile(file).then(
    () => true,
    () => false,
  );
  return exists
    ? parseCuration(await readJson(root, file), path.relative(root, file))
    : EMPTY_CURATION;
}

/**
 * `npm run data`: every article in <root>/seeds to <root>/data/<slug>.geojson. Each dataset is
 * built and validated in full before anything is written, and written atomically, so a failed
 * run leaves every previous file as it was. Returns the files written.
 */
export async function runDataCommand(root: string): Promise<string[]> {
  const gazetteer = parseStoryGazetteer(
    await readJson(root, path.join(root, 'data', 'story-gazetteer.json')),
  );
  const seeds = (await readdir(path.join(root, 'seeds')))
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const built = [];
  for (const name of seeds) {
    const seed = await readSeed(root, path.join(root, 'seeds', name));
    const curation = await readCuration(root, seed.slug);
    const findPlaces = findByGazetteerNames(gazetteer, curation.aliases);
    built.push({ seed, dataset: buildDataset(seed, findPlaces, curation) });
  }
  const written: string[] = [];
  for (const { seed, dataset } of built) {
    const out = path.join(root, 'data', `${seed.slug}.geojson`);
    await writeFileAtomically(out, serializeDataset(dataset));
    written.push(out);
  }
  return written;
}
