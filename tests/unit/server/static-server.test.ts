import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { writeGzipCopy } from '../../../src/server/gzip-copy.js';
import { startStaticServer, type StaticServer } from '../../../src/server/static-server.js';
import { DECODED_LENGTH_HEADER } from '../../../src/viewer/dataset-download.js';

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

describe('the static server sends a file’s gzip copy to a browser that takes gzip', () => {
  let root: string;
  let server: StaticServer;
  const text = JSON.stringify({ type: 'FeatureCollection', features: [], note: 'x'.repeat(4000) });
  const at = (file: string) => new URL(file, server.url).href;
  const get = (file: string, acceptEncoding: string, headers: Record<string, string> = {}) =>
    fetch(at(file), { headers: { 'accept-encoding': acceptEncoding, ...headers } });

  /** The bytes as they travel, which fetch would decompress. */
  function rawBody(file: string, acceptEncoding: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      httpGet(at(file), { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks)));
      }).on('error', reject);
    });
  }

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'newsmap-static-gzip-'));
    await mkdir(path.join(root, 'data'));
    await writeFile(path.join(root, DATASET), text);
    await writeGzipCopy(path.join(root, DATASET));
    server = await startStaticServer({ root });
  });

  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  test('gzipped, the copy says the size of the text it holds, and pages of other origins may read that', async () => {
    const response = await get(DATASET, 'gzip, deflate, br');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toBe('accept-encoding');
    expect(response.headers.get(DECODED_LENGTH_HEADER)).toBe(String(text.length));
    expect(Number(response.headers.get('content-length'))).toBeLessThan(text.length / 10);
    expect(response.headers.get('access-control-expose-headers')).toBe(
      `content-encoding, ${DECODED_LENGTH_HEADER}`,
    );
    expect(await response.text()).toBe(text);
    expect(gunzipSync(await rawBody(DATASET, 'gzip')).toString('utf8')).toBe(text);
  });

  test.each(['identity', '', 'br', 'gzip;q=0', 'gzip;q=0, *'])(
    'asked with Accept-Encoding "%s", the file goes as it is',
    async (acceptEncoding) => {
      const response = await get(DATASET, acceptEncoding);
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(response.headers.get(DECODED_LENGTH_HEADER)).toBeNull();
      expect(response.headers.get('content-length')).toBe(String(text.length));
      expect(response.headers.get('vary')).toBe('accept-encoding');
      expect((await rawBody(DATASET, acceptEncoding)).toString('utf8')).toBe(text);
    },
  );

  test('the two forms have their own tags, each answered 304 only to a browser that holds it', async () => {
    const gzipped = await get(DATASET, 'gzip');
    const plain = await get(DATASET, 'identity');
    const [gzipTag, plainTag] = [gzipped.headers.get('etag'), plain.headers.get('etag')];
    await Promise.all([gzipped.arrayBuffer(), plain.arrayBuffer()]);
    expect(gzipTag).not.toBe(plainTag);
    expect((await get(DATASET, 'gzip', { 'if-none-match': gzipTag ?? '' })).status).toBe(304);
    expect((await get(DATASET, 'identity', { 'if-none-match': plainTag ?? '' })).status).toBe(304);
    const crossed = await get(DATASET, 'gzip', { 'if-none-match': plainTag ?? '' });
    expect(crossed.status).toBe(200);
    expect(await crossed.text()).toBe(text);
  });

  test('a copy older than its file, which holds an older text, is never sent', async () => {
    const file = path.join(root, 'data', 'rewritten.geojson');
    await writeFile(file, text);
    await writeGzipCopy(file);
    const rewritten = text.replace('"features":[]', '"features":[],"rewritten":true');
    await writeFile(file, rewritten);
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    const response = await get('data/rewritten.geojson', 'gzip');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('vary')).toBeNull();
    expect(await response.text()).toBe(rewritten);
  });
});

describe('the static server sends the headers it is given with every answer', () => {
  const isolated = {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  };
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'newsmap-static-headers-'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>map</title>');
    server = await startStaticServer({ root, headers: isolated });
  });

  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  test('a file, a file not changed since, and a file not found', async () => {
    const page = await fetch(new URL('index.html', server.url));
    await page.arrayBuffer();
    const unchanged = await fetch(new URL('index.html', server.url), {
      headers: { 'if-none-match': page.headers.get('etag') ?? '' },
    });
    const missing = await fetch(new URL('missing.html', server.url));
    for (const [response, status] of [
      [page, 200],
      [unchanged, 304],
      [missing, 404],
    ] as const) {
      expect(response.status).toBe(status);
      for (const [name, value] of Object.entries(isolated))
        expect(response.headers.get(name), `${name} with ${status}`).toBe(value);
    }
    await Promise.all([unchanged.arrayBuffer(), missing.arrayBuffer()]);
  });
});
