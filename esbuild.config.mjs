// Builds the static site: dist/index.html and dist/embed.html with their assets, and the
// datasets under dist/data/. `node esbuild.config.mjs` builds once; other tools import `buildSite`.
import * as esbuild from 'esbuild';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Browser entry points, keyed by their output name under dist/assets/. */
export const ENTRY_POINTS = {
  viewer: 'src/viewer/main.ts',
};

export async function buildSite({ outdir = path.join(root, 'dist'), minify = true } = {}) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(path.join(outdir, 'data'), { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRY_POINTS,
    outdir: path.join(outdir, 'assets'),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: ['es2022'],
    minify,
    sourcemap: false,
    metafile: true,
    legalComments: 'none',
    loader: { '.svg': 'text' },
    logLevel: 'warning',
  });
  await cp(path.join(root, 'public'), outdir, { recursive: true });
  for (const name of await readdir(path.join(root, 'data'))) {
    if (name.endsWith('.geojson'))
      await cp(path.join(root, 'data', name), path.join(outdir, 'data', name));
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildSite();
  console.log(`built ${path.relative(process.cwd(), path.join(root, 'dist'))}/`);
}
