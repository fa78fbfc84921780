// Builds the static site: dist/index.html and dist/embed.html with their assets, and the
// datasets under dist/data/. `node esbuild.config.mjs` builds once; other tools import `buildSite`.
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.dirname(fileURLToPath(import.meta.url));

/** The full viewer's entry points (its script, lazily loaded styles), keyed by their output name under dist/assets/. */
export const ENTRY_POINTS = {
  viewer: 'src/viewer/main.ts',
  // Loaded by the story panels' code when it arrives, not with the first paint.
  'story-panels': 'src/viewer/story-panels.css',
  // Loaded with the clustering code, which only large datasets need.
  'cluster-badge': 'src/viewer/cluster-badge.css',
  'embed-dialog': 'src/embed/embed-dialog.css',
};

/**
 * The embed page's script, built apart from the full viewer's: built together, the code both
 * pages run first was split out of each page's script into a chunk they share, one more
 * request before the first marker. Its chunks carry a prefix of their own, so that no chunk of
 * one build can overwrite one of the other.
 */
const EMBED_PAGE_BUILD = {
  entryPoints: { 'embed-page': 'src/embed/embed-page.ts' },
  chunkNames: 'embed-chunk-[hash]',
};

/** Imports a TypeScript build helper (Node runs only JavaScript): bundled to a scratch file. */
async function importBuildHelper(entry) {
  const outfile = path.join(root, '.cache', `build-${process.pid}-${Date.now()}.mjs`);
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(outfile, { force: true });
  }
}

/** Web workers, each built whole into one file: a worker that starts waits for no chunk. */
const WORKER_ENTRY_POINTS = {
  'cluster-worker': 'src/viewer/cluster-worker.ts',
  'dataset-worker': 'src/viewer/dataset-worker.ts',
};

/** Builds the workers into `assetsDir`, beside the chunks that start them. */
export function buildWorkers({ assetsDir, minify = true }) {
  return esbuild.build({
    absWorkingDir: root,
    entryPoints: WORKER_ENTRY_POINTS,
    outdir: assetsDir,
    bundle: true,
    format: 'esm',
    target: ['es2022'],
    minify,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

// Imported on demand, but by every page that shows a dataset read on the page before its first
// marker: the validator. Preloaded, it no longer waits for the script to run and ask for it.
const DATASET_MODULES = ['src/viewer/read-dataset.ts'];

export async function buildSite({ outdir = path.join(root, 'dist'), minify = true } = {}) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(path.join(outdir, 'data'), { recursive: true });
  const { leafletLeftOutPlugin } = await importBuildHelper('src/build/leaflet-left-out-plugin.ts');
  const { MANGLED_PROPERTIES } = await importBuildHelper('src/build/mangled-properties.ts');
  const { terseOutputs } = await importBuildHelper('src/build/terse-outputs.ts');
  const buildPage = (options) =>
    esbuild.build({
      absWorkingDir: root,
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
      plugins: [leafletLeftOutPlugin(root)],
      ...(minify ? MANGLED_PROPERTIES : {}),
      logLevel: 'warning',
      ...options,
    });
  const [viewerBuild, embedPageBuild] = await Promise.all([
    buildPage({ entryPoints: ENTRY_POINTS }),
    buildPage(EMBED_PAGE_BUILD),
  ]);
  if (minify) {
    await terseOutputs(root, viewerBuild.metafile);
    await terseOutputs(root, embedPageBuild.metafile);
  }
  const result = {
    ...viewerBuild,
    metafile: {
      inputs: { ...viewerBuild.metafile.inputs, ...embedPageBuild.metafile.inputs },
      outputs: { ...viewerBuild.metafile.outputs, ...embedPageBuild.metafile.outputs },
    },
  };
  await buildWorkers({ assetsDir: path.join(outdir, 'assets'), minify });
  await cp(path.join(root, 'public'), outdir, { recursive: true });
  for (const name of await readdir(path.join(root, 'data'))) {
    if (name.endsWith('.geojson'))
      await cp(path.join(root, 'data', name), path.join(outdir, 'data', name));
  }
  // The embedding paths: dist/embed.js, assets/newsmap.js and news-map.js, static pictures of
  // the maps, oembed.json. NEWSMAP_PUBLIC_URL is where the site will be served.
  const { buildEmbed } = await importBuildHelper('src/build/build-embed.ts');
  const publicUrl = process.env.NEWSMAP_PUBLIC_URL ?? 'http://127.0.0.1:8080/';
  await buildEmbed({ root, outdir, minify, publicUrl: publicUrl.replace(/\/?$/, '/') });
  const { addPreloadLinks } = await importBuildHelper('src/build/preload-links.ts');
  for (const page of await readdir(outdir)) {
    if (!page.endsWith('.html')) continue;
    const file = path.join(outdir, page);
    const html = await readFile(file, 'utf8');
    await writeFile(
      file,
      addPreloadLinks(html, {
        root,
        outdir,
        metafile: result.metafile,
        datasetModules: DATASET_MODULES,
      }),
    );
  }
  // Beside each text file, its gzip copy, which the local server sends (static-server.ts) and
  // other hosts may (nginx's gzip_static): the article's dataset is 57 KB, 8.8 KB gzipped.
  const { writeGzipCopies } = await importBuildHelper('src/server/gzip-copy.ts');
  await writeGzipCopies(outdir);
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildSite();
  console.log(`built ${path.relative(process.cwd(), path.join(root, 'dist'))}/`);
}
