import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../../esbuild.config.mjs';
import { writeGzipCopy } from './gzip-copy.js';
import { startStaticServer, type StaticServer } from './static-server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServeOptions {
  port: number;
  host: string;
  /** A dataset file to show instead of the bundled article's. */
  dataset?: string;
}

/** Parses a --port value, or explains what is wrong with it. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new Error(`--port must be a whole number from 0 to 65535, not "${value}"`);
  return port;
}

/**
 * Builds the site to dist/ and serves it on loopback. With a dataset, the file is copied into
 * dist/data/ and the printed address opens it (`?data=data/<name>.geojson`).
 */
export async function serveSite({
  port,
  host,
  dataset,
}: ServeOptions): Promise<{ server: StaticServer; url: string }> {
  await buildSite();
  let query = '';
  if (dataset !== undefined) {
    const name = path
      .basename(dataset)
      .replace(/[^A-Za-z0-9._-]/g, '-')
      .replace(/(\.geojson|\.json)?$/, '.geojson');
    const served = path.join(root, 'dist', 'data', name);
    await copyFile(dataset, served);
    // Sent uncompressed until its gzip copy is written: a million places take seconds to
    // compress, which the reader need not wait for before the map's address is printed.
    writeGzipCopy(served).catch((error: unknown) => {
      console.warn(`newsmap: ${name} is served uncompressed: ${(error as Error).message}`);
    });
    query = `?data=data/${name}`;
  }
  const server = await startStaticServer({ root: path.join(root, 'dist'), port, host });
  return { server, url: `${server.url}${query}` };
}
