import { createReadStream, createWriteStream, type Stats } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip } from 'node:zlib';

/*
 * A file's gzip copy, written beside it ahead of time (`<file>.gz`), is what the server sends a
 * browser that accepts gzip: compressing as it sends would cost the server a second of its CPU
 * for each download of a 44 MB dataset, on the same cores as the reader's browser.
 */

/** Kinds of file whose text gzip makes several times smaller; images are compressed already. */
const COMPRESSIBLE_EXTENSIONS = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.svg',
  '.txt',
]);

// Below this, gzip's own header and the request's headers outweigh what it saves.
const MIN_COMPRESSED_BYTES = 1024;

// The best compression for the site's own files; a dataset of hundreds of megabytes gets zlib's
// default level, which takes a fraction of the time for a few percent more bytes.
const BEST_COMPRESSION_UP_TO_BYTES = 16 * 1024 * 1024;

export const gzipCopyPath = (file: string): string => `${file}.gz`;

/** Whether a file of this name and size is worth a gzip copy. */
function isCompressible(file: string, bytes: number): boolean {
  return bytes >= MIN_COMPRESSED_BYTES && COMPRESSIBLE_EXTENSIONS.has(path.extname(file));
}

/** A copy written before its file last changed holds an older text: it is never sent. */
export const isCurrentCopy = (original: Stats, copy: Stats): boolean =>
  copy.isFile() && copy.mtimeMs >= original.mtimeMs;

/**
 * Writes the gzip copy of `file` beside it, unless a current one is there already or the file
 * is not worth one (see isCompressible). The copy appears whole or not at all: it is written
 * under another name and renamed, so a server never sends half of one. Resolves to whether
 * a current copy exists afterwards.
 *
 * @example
 * await writeGzipCopy('dist/data/blinken-beijing-talks-2023.geojson'); // 57 KB -> 8.8 KB copy
 */
export async function writeGzipCopy(file: string): Promise<boolean> {
  const original = await stat(file);
  if (!original.isFile() || !isCompressible(file, original.size)) return false;
  const copyPath = gzipCopyPath(file);
  const existing = await stat(copyPath).catch(() => undefined);
  if (existing !== undefined && isCurrentCopy(original, existing)) return true;
  const partial = `${copyPath}.${process.pid}.partial`;
  const level =
    original.size <= BEST_COMPRESSION_UP_TO_BYTES
      ? constants.Z_BEST_COMPRESSION
      : constants.Z_DEFAULT_COMPRESSION;
  try {
    await pipeline(createReadStream(file), createGzip({ level }), createWriteStream(partial));
    if ((await stat(partial)).size >= original.size) {
      await rm(partial);
      return false;
    }
    await rename(partial, copyPath);
    return true;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** Writes the gzip copy of every file under `dir` worth one (see writeGzipCopy). */
export async function writeGzipCopies(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.gz'))
    .map((entry) => path.join(entry.parentPath, entry.name));
  await Promise.all(files.map(writeGzipCopy));
}
