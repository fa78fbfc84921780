import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runBuildCommand, slugify } from '../../../src/pipeline/build-command.js';
import { parseCuration } from '../../../src/pipeline/curation.js';
import { parseDatasetJson } from '../../../src/schema/validate-dataset.js';
import { ROOT } from './seed-article.js';

let folder: string;
const lines: string[] = [];
const log = (line: string) => lines.push(line);

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'newsmap-build-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const ARTICLE = path.join(ROOT, 'tests/fixtures/geoparser/paris-texas.txt');

test('builds a valid dataset from an article with no curated file, every mention tracing back to its words', async () => {
  const out = path.join(folder, 'maps', 'paris.geojson');
  const result = await runBuildCommand({
    article: ARTICLE,
    published: '2024-03-05',
    title: 'Tornado in Paris, Texas',
    out,
    root: folder,
    log,
  });
  const text = await readFile(ARTICLE, 'utf8');
  const dataset = parseDatasetJson(await readFile(out, 'utf8'));
  expect(dataset.article).toMatchObject({
    slug: 'tornado-in-paris-texas',
    title: 'Tornado in Paris, Texas',
    published: '2024-03-05',
  });
  const paris = dataset.features.find((feature) => feature.properties.name === 'Paris');
  expect(paris?.geometry.coordinates[0]).toBeLessThan(-90);
  expect(paris?.properties.focus).toBe(true);
  for (const feature of dataset.features) {
    for (const mention of feature.properties.mentions)
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  }
  expect(result.places).toBe(dataset.features.length);
  expect(lines.some((line) => line.startsWith('gazetteer loaded in'))).toBe(true);
});

test('the review file has the form of a curated file, and editing it changes the map', async () => {
  const out = path.join(folder, 'review-run.geojson');
  const { review } = await runBuildCommand({
    article: ARTICLE,
    published: '2024-03-05',
    out,
    root: folder,
    log,
  });
  const curation = parseCuration(JSON.parse(await readFile(review, 'utf8')), review);
  curation.aliases.push({ place: null, text: 'Sherman', because: 'a person in this story' });
  const edited = path.join(folder, 'edited.curated.json');
  await writeFile(edited, JSON.stringify(curation));
  await runBuildCommand({
    article: ARTICLE,
    published: '2024-03-05',
    out,
    curation: edited,
    root: folder,
    log,
  });
  const dataset = parseDatasetJson(await readFile(out, 'utf8'));
  expect(dataset.features.some((feature) => feature.properties.aliases.includes('Sherman'))).toBe(
    false,
  );
  expect(dataset.features.some((feature) => feature.properties.aliases.includes('Dallas'))).toBe(
    true,
  );
});

test('bad input writes nothing and says why', async () => {
  const empty = path.join(folder, 'empty.txt');
  await writeFile(empty, '\n \n');
  const out = path.join(folder, 'never.geojson');
  await expect(runBuildCommand({ article: empty, out, root: folder, log })).rejects.toThrow(
    'empty; there is no article to map',
  );
  await expect(
    runBuildCommand({ article: ARTICLE, published: '5 March', out, root: folder, log }),
  ).rejects.toThrow('YYYY-MM-DD');
  await expect(readFile(out)).rejects.toThrow(/ENOENT/);
});

test('slugs are safe file names and URL keys', () => {
  expect(slugify('Blinken in Beijing: “Cooperation or conflict”!')).toBe(
    'blinken-in-beijing-cooperation-or-conflict',
  );
  expect(slugify('Zürich – São Paulo')).toBe('zurich-sao-paulo');
  expect(slugify('¿?')).toBe('article');
});
