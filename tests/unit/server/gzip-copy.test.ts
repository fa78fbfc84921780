import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipCopyPath, writeGzipCopies, writeGzipCopy } from '../../../src/server/gzip-copy.js';

// A dataset's text, as repetitive as a real one's: gzip makes it several times smaller.
const DATASET_TEXT = JSON.stringify({
  type: 'FeatureCollection',
  features: Array.from({ length: 200 }, (_, i) => ({
    type: 'Feature',
    id: `place-${i}`,
    geometry: { type: 'Point', coordinates: [116.39 + i / 1000, 39.91] },
    properties: { name: `Place ${i}`, kind: 'city', aliases: [], quotes: [] },
  })),
});

describe('a file’s gzip copy', () => {
  let dir: string;
  const at = (name: string) => path.join(dir, name);

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsmap-gzip-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('holds the file’s bytes, gzipped, in a much smaller file beside it', async () => {
    await writeFile(at('story.geojson'), DATASET_TEXT);
    expect(await writeGzipCopy(at('story.geojson'))).toBe(true);
    const copy = await readFile(gzipCopyPath(at('story.geojson')));
    expect(gunzipSync(copy).toString('utf8')).toBe(DATASET_TEXT);
    expect(copy.length).toBeLessThan(DATASET_TEXT.length / 4);
    expect(await readdir(dir)).toEqual(['story.geojson', 'story.geojson.gz']);
  });

  test('a copy newer than its file is kept as it is, an older one is written again', async () => {
    await writeFile(at('story.geojson'), DATASET_TEXT);
    await writeFile(gzipCopyPath(at('story.geojson')), 'kept');
    const later = new Date(Date.now() + 60_000);
    await utimes(gzipCopyPath(at('story.geojson')), later, later);
    expect(await writeGzipCopy(at('story.geojson'))).toBe(true);
    expect(await readFile(gzipCopyPath(at('story.geojson')), 'utf8')).toBe('kept');

    const earlier = new Date(Date.now() - 60_000);
    await utimes(gzipCopyPath(at('story.geojson')), earlier, earlier);
    expect(await writeGzipCopy(at('story.geojson'))).toBe(true);
    const copy = await readFile(gzipCopyPath(at('story.geojson')));
    expect(gunzipSync(copy).toString('utf8')).toBe(DATASET_TEXT);
  });

  test('small files, pictures and text gzip cannot shrink get none, and nothing is left behind', async () => {
    await writeFile(at('tiny.json'), '{"type":"FeatureCollection","features":[]}');
    await writeFile(at('marker.png'), randomBytes(4096));
    // Bytes no compressor can shrink: the copy would be larger than the file.
    await writeFile(at('random.txt'), randomBytes(4096));
    for (const name of ['tiny.json', 'marker.png', 'random.txt'])
      expect(await writeGzipCopy(at(name))).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(['marker.png', 'random.txt', 'tiny.json']);
  });

  test('a file that cannot be read gets no copy, not even a part of one', async () => {
    await expect(writeGzipCopy(at('missing.geojson'))).rejects.toThrow(/ENOENT/);
    await mkdir(at('folder.json'));
    expect(await writeGzipCopy(at('folder.json'))).toBe(false);
    expect(await readdir(dir)).toEqual(['folder.json']);
  });

  test('every text file of a site gets its copy, in subfolders too, and no copy gets one', async () => {
    await mkdir(at('assets'));
    await mkdir(at('data'));
    await writeFile(
      at('index.html'),
      `<!doctype html><title>map</title>${'<p>text</p>'.repeat(200)}`,
    );
    await writeFile(at('assets/viewer.js'), 'export const places = [];\n'.repeat(100));
    await writeFile(at('data/story.geojson'), DATASET_TEXT);
    await writeFile(at('assets/marker.png'), randomBytes(2048));
    await writeGzipCopies(dir);
    await writeGzipCopies(dir);
    const files = (await readdir(dir, { recursive: true })).sort();
    expect(files).toEqual(
      [
        'assets',
        'assets/marker.png',
        'assets/viewer.js',
        'assets/viewer.js.gz',
        'data',
        'data/story.geojson',
        'data/story.geojson.gz',
        'index.html',
        'index.html.gz',
      ].sort(),
    );
    expect((await stat(at('data/story.geojson.gz'))).size).toBeGreaterThan(0);
  });
});
