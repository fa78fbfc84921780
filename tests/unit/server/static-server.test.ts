import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startStaticServer, type StaticServer } from '../../../src/server/static-server.js';

const DATASET = 'data/story.geojson';

describe('the static server lets a returning reader keep what has not changed', () => {
  let root: string;
  let server: StaticServer;
  const at = (file: string) => new URL(file, server.url).href;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'newsmap-static-'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>map</title>');
    await mkdir(path.join(root, 'data'));
    await writeFile(path.join(root, DATASET), '{"type":"FeatureCollection"}');
    server = await startStaticServer({ root });
  });

  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  test('a file comes with the validators a browser asks about it with', async () => {
    const response = await fetch(at(DATASET));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('etag')).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    expect(Date.parse(response.headers.get('last-modified') ?? '')).not.toBeNaN();
    expect(await response.text()).toBe('{"type":"FeatureCollection"}');
  });

  test('asked with its tag, an unchanged file is answered 304, without its bytes', async () => {
    const first = await fetch(at(DATASET));
    const tag = first.headers.get('etag') ?? '';
    await first.arrayBuffer();
    for (const ifNoneMatch of [tag, tag.replace(/^W\//, ''), `"other", ${tag}`, '*']) {
      const again = await fetch(at(DATASET), { headers: { 'if-none-match': ifNoneMatch } });
      expect(again.status, ifNoneMatch).toBe(304);
      expect(again.headers.get('etag')).toBe(tag);
      expect(again.headers.get('access-control-allow-origin')).toBe('*');
      expect(await again.text()).toBe('');
    }
    const other = await fetch(at(DATASET), { headers: { 'if-none-match': '"other"' } });
    expect(other.status).toBe(200);
    expect(await other.text()).toBe('{"type":"FeatureCollection"}');
  });

  test('asked by date, a file is answered 304 only if it has not changed since', async () => {
    const file = path.join(root, 'index.html');
    const modified = new Date('2024-05-01T12:00:00Z');
    await utimes(file, modified, modified);
    const since = async (date: Date) =>
      (await fetch(at('index.html'), { headers: { 'if-modified-since': date.toUTCString() } }))
        .status;
    expect(await since(modified)).toBe(304);
    expect(await since(new Date('2024-06-01T00:00:00Z'))).toBe(304);
    expect(await since(new Date('2024-04-30T00:00:00Z'))).toBe(200);
  });

  test('a rewritten file has a new tag, and the old one gets the new bytes', async () => {
    const file = path.join(root, DATASET);
    const before = await fetch(at(DATASET));
    const oldTag = before.headers.get('etag') ?? '';
    await before.arrayBuffer();
    await writeFile(file, '{"type":"FeatureCollection","features":[]}');
    const after = await fetch(at(DATASET), { headers: { 'if-none-match': oldTag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(oldTag);
    expect(await after.text()).toBe('{"type":"FeatureCollection","features":[]}');
  });

  test('nothing outside the folder is served, validators or not', async () => {
    const outside = await fetch(at('../../etc/passwd'), { headers: { 'if-none-match': '*' } });
    expect(outside.status).toBe(404);
    const missing = await fetch(at('data/none.geojson'), { headers: { 'if-none-match': '*' } });
    expect(missing.status).toBe(404);
  });
});
