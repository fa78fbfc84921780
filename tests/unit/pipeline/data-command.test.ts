import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runDataCommand } from '../../../src/pipeline/data-command.js';
import { ROOT, SLUG } from './seed-article.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'newsmap-data-'));
  await cp(path.join(ROOT, 'seeds'), path.join(root, 'seeds'), { recursive: true });
  for (const file of ['story-gazetteer.json', `${SLUG}.curated.json`, `${SLUG}.geojson`]) {
    await cp(path.join(ROOT, 'data', file), path.join(root, 'data', file));
  }
});
afterEach(() => rm(root, { recursive: true, force: true }));

const datasetIn = (folder: string) =>
  readFile(path.join(folder, 'data', `${SLUG}.geojson`), 'utf8');

test('npm run data reproduces the checked-in dataset byte for byte', async () => {
  await writeFile(path.join(root, 'data', `${SLUG}.geojson`), 'stale');
  expect(await runDataCommand(root)).toEqual([path.join(root, 'data', `${SLUG}.geojson`)]);
  expect(await datasetIn(root)).toBe(await datasetIn(ROOT));
});

test('a run that fails leaves the previous dataset untouched', async () => {
  const before = await datasetIn(root);
  const curationFile = path.join(root, 'data', `${SLUG}.curated.json`);
  const curation = JSON.parse(await readFile(curationFile, 'utf8')) as { focus: string[] };
  curation.focus.push('atlantis');
  await writeFile(curationFile, JSON.stringify(curation));
  await expect(runDataCommand(root)).rejects.toThrow('"atlantis" is not a place of the gazetteer');
  expect(await datasetIn(root)).toBe(before);
});

test('a broken curation file is reported with its path and field', async () => {
  await writeFile(
    path.join(root, 'data', `${SLUG}.curated.json`),
    JSON.stringify({ article: SLUG, focus: 'beijing' }),
  );
  await expect(runDataCommand(root)).rejects.toThrow(`data/${SLUG}.curated.json: focus:`);
});
