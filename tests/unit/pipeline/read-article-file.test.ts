import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MAX_ARTICLE_BYTES, readArticleFile } from '../../../src/pipeline/read-article-file.js';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'newsmap-input-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function fileWith(name: string, contents: string | Uint8Array): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, contents);
  return file;
}

test('reads UTF-8 text and drops a byte-order mark', async () => {
  expect(await readArticleFile(await fileWith('ok.txt', '\uFEFFBlinken met Qin in Beijing.'))).toBe(
    'Blinken met Qin in Beijing.',
  );
});

test.each([
  ['empty.txt', '   \n\n ', 'empty; there is no article to map'],
  ['binary.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'a binary file, not text'],
  [
    'latin1.txt',
    new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x69, 0x6e, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73]),
    'not UTF-8 text',
  ],
  ['controls.txt', 'a\u0001b\u0002c\u0003d', 'looks binary'],
])('refuses %s', async (name, contents, message) => {
  await expect(readArticleFile(await fileWith(name, contents))).rejects.toThrow(message);
});

test('refuses a missing file and an oversized one, naming the file', async () => {
  await expect(readArticleFile(path.join(folder, 'nope.txt'))).rejects.toThrow(
    `${path.join(folder, 'nope.txt')}: no such file`,
  );
  const big = await fileWith('big.txt', 'x');
  await truncate(big, MAX_ARTICLE_BYTES + 1);
  await expect(readArticleFile(big)).rejects.toThrow('is more than the');
});
