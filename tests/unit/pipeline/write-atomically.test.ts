import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomically } from '../../../src/pipeline/write-atomically.js';

let folder: string;
let target: string;
// Bytes no writer would produce by accident: every value, a BOM, and text that is not ASCII.
const PREVIOUS = Buffer.concat([
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  Buffer.from('\uFEFF{"type":"FeatureCollection","name":"北京"}\n', 'utf8'),
]);

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'newsmap-atomic-'));
  target = path.join(folder, 'dataset.geojson');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function* failingAfterOneChunk(): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection",';
  throw new Error('the pipeline failed while writing');
}

describe('writeFileAtomically', () => {
  test('creates a file that did not exist, leaving nothing else behind', async () => {
    await writeFileAtomically(target, '{"ok":true}\n');
    expect(await readFile(target, 'utf8')).toBe('{"ok":true}\n');
    expect(await readdir(folder)).toEqual(['dataset.geojson']);
  });

  test('replaces a previous file whole', async () => {
    await writeFile(target, PREVIOUS);
    await writeFileAtomically(target, 'new contents');
    expect(await readFile(target, 'utf8')).toBe('new contents');
    expect(await readdir(folder)).toEqual(['dataset.geojson']);
  });

  test('writes bytes and streamed chunks exactly', async () => {
    await writeFileAtomically(target, PREVIOUS);
    expect((await readFile(target)).equals(PREVIOUS)).toBe(true);
    async function* chunks() {
      yield 'a';
      yield Buffer.from('β');
      yield 'c';
    }
    await writeFileAtomically(target, chunks());
    expect(await readFile(target, 'utf8')).toBe('aβc');
  });

  test('a write that fails midway leaves the previous file byte for byte and no temporary file', async () => {
    await writeFile(target, PREVIOUS);
    await expect(writeFileAtomically(target, failingAfterOneChunk())).rejects.toThrow(
      'the pipeline failed while writing',
    );
    expect((await readFile(target)).equals(PREVIOUS)).toBe(true);
    expect(await readdir(folder)).toEqual(['dataset.geojson']);
  });

  test('a rename that fails removes the temporary file and leaves what was there', async () => {
    // A folder where the file should be: the contents can be written, but not renamed over it.
    await mkdir(target);
    await writeFile(path.join(target, 'inside'), PREVIOUS);
    await expect(writeFileAtomically(target, 'new contents')).rejects.toThrow();
    expect((await readFile(path.join(target, 'inside'))).equals(PREVIOUS)).toBe(true);
    expect(await readdir(folder)).toEqual(['dataset.geojson']);
  });

  test('a missing folder is an error, and nothing is created', async () => {
    const nowhere = path.join(folder, 'missing', 'dataset.geojson');
    await expect(writeFileAtomically(nowhere, 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(folder)).toEqual([]);
  });

  test('of writes racing for one file, exactly one wins whole', async () => {
    const versions = Array.from({ length: 8 }, (_, i) => `version ${i} `.repeat(50_000));
    await Promise.all(versions.map((version) => writeFileAtomically(target, version)));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(folder)).toEqual(['dataset.geojson']);
  });

  test('a process killed (SIGKILL) while writing leaves the previous file byte for byte', async () => {
    await writeFile(target, PREVIOUS);
    const writer = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/fixtures/processes/write-until-killed.ts', target],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = once(writer, 'exit');
    let output = '';
    writer.stdout.setEncoding('utf8');
    for await (const chunk of writer.stdout) {
      output += String(chunk);
      if (output.includes('midway')) break;
    }
    expect(output).toContain('midway');

    // The new contents really were on their way: 16 MB sit in a temporary file beside the target.
    const partial = (await readdir(folder)).filter((name) => name !== 'dataset.geojson');
    expect(partial).toHaveLength(1);
    expect((await stat(path.join(folder, partial[0] ?? ''))).size).toBe(16 * 1024 * 1024);

    writer.kill('SIGKILL');
    expect(await exited).toEqual([null, 'SIGKILL']);
    expect((await readFile(target)).equals(PREVIOUS)).toBe(true);
    // The stray temporary file can never be taken for a dataset.
    expect(partial[0]).toMatch(/^\.dataset\.geojson\.[0-9a-f]{12}\.tmp$/);
  });
});
