import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { cp, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite } from '../esbuild.config.mjs';
import { gzipCopyPath, writeGzipCopies, writeGzipCopy } from '../src/server/gzip-copy.js';
import { IDLE_PAGE } from './measure-run.js';

/** The pages compared, each drawing the same dataset file. */
export const PAGES = [
  'newsmap',
  'leaflet-markers',
  'leaflet-canvas',
  'leaflet-markercluster',
] as const;
export type PageName = (typeof PAGES)[number];

const ANCHORS = ['leaflet-markers', 'leaflet-canvas', 'leaflet-markercluster'] as const;
// Pages that measure something other than drawing, built like the anchors.
const TOOLS = ['validate-timing'] as const;
const root = path.resolve(import.meta.dirname, '..');

function pageHtml(name: string, styled: boolean): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>bench anchor: ${name}</title>
    ${styled ? `<link rel="stylesheet" href="${name}.css" />` : ''}
    <script type="module" src="${name}.js"></script>
  </head>
  <body style="margin: 0">
    <div id="map" style="position: absolute; inset: 0"></div>
  </body>
</html>
`;
}

export interface BenchSite {
  dir: string;
  /** The probe's script, injected into every page before its own. */
  probeFile: string;
  /** A page's path under the site for a dataset under `data/`. */
  pagePath(page: PageName | 'validate-timing', datasetFile: string): string;
}

/**
 * Builds newsmap exactly as `npm run build` does, plus the anchor pages (plain Leaflet pages
 * bundled the same way, minified), into `dir`, and links the datasets into its `data/`.
 */
export async function buildBenchSite(dir: string, datasets: readonly string[]): Promise<BenchSite> {
  await buildSite({ outdir: dir });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(
      [...ANCHORS, ...TOOLS].map((name) => [name, `bench/pages/${name}.ts`]),
    ),
    outdir: path.join(dir, 'bench'),
    bundle: true,
    format: 'esm',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    // Leaflet finds its default marker image by name next to the path its CSS names.
    loader: { '.png': 'file' },
    assetNames: '[name]',
    logLevel: 'warning',
  });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { probe: 'bench/pages/probe.ts' },
    outdir: path.join(dir, 'bench'),
    bundle: true,
    format: 'iife',
    target: ['es2022'],
    logLevel: 'warning',
  });
  // Leaflet's default icon asks for its shadow by name too, which no CSS names.
  await cp(path.join(root, 'node_modules/leaflet/dist/images'), path.join(dir, 'bench'), {
    recursive: true,
  });
  for (const name of ANCHORS)
    await writeFile(path.join(dir, 'bench', `${name}.html`), pageHtml(name, true));
  for (const name of TOOLS)
    await writeFile(path.join(dir, 'bench', `${name}.html`), pageHtml(name, false));
  await writeFile(path.join(dir, IDLE_PAGE), '<!doctype html><title>Nothing to draw</title>\n');
  const index = await readFile(path.join(dir, 'index.html'), 'utf8');
  for (const file of datasets) {
    const name = path.basename(file);
    const linked = path.join(dir, 'data', name);
    // The article's dataset is in the site already, with its copy; a generated one is linked,
    // its copy written beside it once and reused by every later run.
    if (!existsSync(linked)) {
      await symlink(file, linked);
      if (await writeGzipCopy(file)) await symlink(gzipCopyPath(file), gzipCopyPath(linked));
    }
    // The page's data-dataset and the preload of the same file.
    const article = /data-dataset="([^"]*)"/.exec(index)?.[1] ?? '';
    const page = index.replaceAll(`"${article}"`, `"data/${name}"`);
    await writeFile(path.join(dir, `newsmap-${name}.html`), page);
  }
  // Every page, its code and every dataset are sent gzipped, as newsmap's own site is.
  await writeGzipCopies(dir);
  return {
    dir,
    probeFile: path.join(dir, 'bench', 'probe.js'),
    pagePath: (page, datasetFile) => {
      const name = path.basename(datasetFile);
      return page === 'newsmap'
        ? `newsmap-${name}.html`
        : `bench/${page}.html?data=${encodeURIComponent(`../data/${name}`)}`;
    },
  };
}
