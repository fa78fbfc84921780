import * as esbuild from 'esbuild';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDatasetJson } from '../schema/validate-dataset.js';
import { embedTitle, embedUrlFor } from '../embed/embed-snippet.js';
import { oembedResponse } from './oembed-response.js';
import { renderStaticMap, type StaticBasemap } from './render-static-map.js';
import { leafletLeftOutPlugin } from './leaflet-left-out-plugin.js';
import { MANGLED_PROPERTIES } from './mangled-properties.js';
import { shadowCssPlugin } from './shadow-css-plugin.js';
import { terseOutputs } from './terse-outputs.js';
import { fillStaticMapPlaceholders, type StaticMapPicture } from './static-map-placeholder.js';

export interface BuildEmbedOptions {
  /** The project's folder. */
  root: string;
  /** The site being built (dist/), already holding its pages, assets and data/. */
  outdir: string;
  minify: boolean;
  /** Where the site will be served, for the absolute URLs of the oEmbed document. */
  publicUrl: string;
}

/** The dataset the embed page shows, named by its `data-dataset` attribute. */
function datasetOfPage(html: string): string {
  const match = /data-dataset="([^"]+)"/.exec(html);
  if (match?.[1] === undefined) throw new Error('embed.html names no data-dataset');
  return match[1];
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

/** dist/embed.js, a classic script (the host page's <script async>), not a module. */
function buildHostScript({ root, outdir, minify }: BuildEmbedOptions) {
  return esbuild.build({
    absWorkingDir: root,
    entryPoints: { embed: 'src/embed/host-script.ts' },
    outdir,
    bundle: true,
    format: 'iife',
    target: ['es2020'],
    minify,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/** dist/assets/newsmap.js (`mount`) and news-map.js (`<news-map>`), their CSS inside them. */
async function buildEmbeddableModules({ root, outdir, minify }: BuildEmbedOptions) {
  const leafletLeftOut = leafletLeftOutPlugin(root);
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { newsmap: 'src/embed/index.ts', 'news-map': 'src/embed/news-map-entry.ts' },
    outdir: path.join(outdir, 'assets'),
    chunkNames: 'newsmap-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    target: ['es2022'],
    minify,
    legalComments: 'none',
    loader: { '.svg': 'text' },
    plugins: [shadowCssPlugin({ root, minify, plugins: [leafletLeftOut] }), leafletLeftOut],
    metafile: true,
    logLevel: 'warning',
    ...(minify ? MANGLED_PROPERTIES : {}),
  });
  if (minify) await terseOutputs(root, result.metafile);
}

/** dist/static/<name>.svg for every dataset in dist/data/, keyed by the dataset's path. */
async function writeStaticMaps({ root, outdir }: BuildEmbedOptions) {
  const atlas = path.join(root, 'node_modules/world-atlas');
  const basemap: StaticBasemap = {
    coarse: await readJson(path.join(atlas, 'countries-110m.json')),
    fine: await readJson(path.join(atlas, 'countries-50m.json')),
  };
  await mkdir(path.join(outdir, 'static'), { recursive: true });
  const pictures = new Map<string, StaticMapPicture>();
  for (const name of await readdir(path.join(outdir, 'data'))) {
    if (!name.endsWith('.geojson')) continue;
    const dataset = parseDatasetJson(await readFile(path.join(outdir, 'data', name), 'utf8'));
    const { svg, alt, width, height } = renderStaticMap(dataset, basemap);
    const src = `static/${name.replace(/\.geojson$/, '.svg')}`;
    await writeFile(path.join(outdir, src), svg);
    pictures.set(`data/${name}`, { src, alt, width, height });
  }
  return pictures;
}

/**
 * The build steps of the embedding paths: the host script, the embeddable modules, a static
 * picture per dataset put into the pages' <noscript> marks, and dist/oembed.json.
 */
export async function buildEmbed(options: BuildEmbedOptions): Promise<void> {
  const { outdir, publicUrl } = options;
  await Promise.all([buildHostScript(options), buildEmbeddableModules(options)]);
  const pictures = await writeStaticMaps(options);
  for (const page of await readdir(outdir)) {
    if (!page.endsWith('.html')) continue;
    const file = path.join(outdir, page);
    await writeFile(file, fillStaticMapPlaceholders(await readFile(file, 'utf8'), pictures));
  }
  const embedPage = await readFile(path.join(outdir, 'embed.html'), 'utf8');
  const datasetPath = datasetOfPage(embedPage);
  const dataset = parseDatasetJson(await readFile(path.join(outdir, datasetPath), 'utf8'));
  const picture = pictures.get(datasetPath);
  const oembed = oembedResponse({
    embedUrl: embedUrlFor(new URL('embed.html', publicUrl), undefined),
    title: embedTitle(dataset.article.title),
    providerName: 'newsmap',
    providerUrl: publicUrl,
    thumbnail:
      picture === undefined
        ? undefined
        : {
            url: new URL(picture.src, publicUrl).href,
            width: picture.width,
            height: picture.height,
          },
  });
  await writeFile(path.join(outdir, 'oembed.json'), `${JSON.stringify(oembed, null, 2)}\n`);
}
