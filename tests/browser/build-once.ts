import { buildSite } from '../../esbuild.config.mjs';
import { testDist } from './test-dist.js';

/** Builds the site once before the browser tests, which all read the same static copy. */
export default async function setup(): Promise<() => Promise<void>> {
  await buildSite({ outdir: testDist() });
  return async () => {
    const { rm } = await import('node:fs/promises');
    await rm(testDist(), { recursive: true, force: true });
  };
}
