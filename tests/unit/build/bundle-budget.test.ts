import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { buildSite } from '../../../esbuild.config.mjs';

// The full viewer's JavaScript and CSS that index.html loads at once (its script, stylesheet and
// preloaded modules, and what they import), gzipped, data excluded, within issue 8's budget
// (60 KB, counted as 60 KiB), which tests/browser/article-download-budget.test.ts holds to
// everything a reader of the article downloads.
const INITIAL_BUDGET_BYTES = 60 * 1024;

const root = path.resolve(import.meta.dirname, '../../..');
let outdir: string;
let metafile: Metafile;
let indexHtml: string;

beforeAll(async () => {
  outdir = await mkdtemp(path.join(os.tmpdir(), 'newsmap-budget-'));
  const result = await buildSite({ outdir });
  if (result.metafile === undefined) throw new Error('buildSite returned no metafile');
  metafile = result.metafile;
  indexHtml = await readFile(path.join(outdir, 'index.html'), 'utf8');
}, 120_000);

afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
});

const absolute = (output: string) => path.resolve(root, output);

const siteFiles = (matches: Iterable<RegExpMatchArray>) =>
  [...matches].map((match) => path.join(outdir, match[1] ?? ''));

/** The files index.html names in its <script src> and stylesheet <link href>. */
function filesNamedBy(html: string): string[] {
  return siteFiles([
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g),
  ]);
}

/** The modules index.html has the browser fetch before its script asks for them. */
const modulesPreloadedBy = (html: string) =>
  siteFiles(html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g));

/** The files and every chunk they import statically. */
function withStaticImports(files: readonly string[]): string[] {
  const outputs = new Map(
    Object.entries(metafile.outputs).map(([key, out]) => [absolute(key), out]),
  );
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of outputs.get(file)?.imports ?? []) {
      if (imported.kind === 'import-statement') visit(absolute(imported.path));
    }
  };
  files.forEach(visit);
  return [...seen];
}

/** What index.html loads at once: the files it names, the modules it preloads, their imports. */
const initialFiles = () =>
  withStaticImports([...filesNamedBy(indexHtml), ...modulesPreloadedBy(indexHtml)]);

/** The built chunk of a source module that the viewer imports on demand. */
const chunkOf = (source: string): string => {
  const found = Object.entries(metafile.outputs).find(
    ([key, out]) =>
      out.entryPoint === source && key.includes('/assets/') && !key.includes('embed-'),
  );
  if (found === undefined) throw new Error(`no chunk for ${source}`);
  return absolute(found[0]);
};

function inputsOf(files: readonly string[]): string[] {
  return Object.entries(metafile.outputs)
    .filter(([key]) => files.includes(absolute(key)))
    .flatMap(([, out]) => Object.keys(out.inputs));
}

async function gzipBytes(file: string): Promise<number> {
  return gzipSync(await readFile(file), { level: 9 }).length;
}

describe('the size budget of the full viewer', () => {
  it('loads a script and a stylesheet, both built', () => {
    const named = filesNamedBy(indexHtml);
    expect(named.some((file) => file.endsWith('.js'))).toBe(true);
    expect(named.some((file) => file.endsWith('.css'))).toBe(true);
    for (const file of named) expect(Object.keys(metafile.outputs).map(absolute)).toContain(file);
  });

  it(`loads at most ${INITIAL_BUDGET_BYTES} bytes of JavaScript and CSS, gzipped, at once`, async () => {
    const files = initialFiles();
    const sizes = await Promise.all(files.map(gzipBytes));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const breakdown = files.map((file, i) => `${path.basename(file)} ${sizes[i]}`).join(', ');
    expect(total).toBeGreaterThan(0);
    expect(total, `initial load, gzip bytes: ${breakdown}`).toBeLessThanOrEqual(
      INITIAL_BUDGET_BYTES,
    );
  });

  it('preloads exactly the chunks its script imports and the validator with its own, so none waits for another', () => {
    const scripts = filesNamedBy(indexHtml).filter((file) => file.endsWith('.js'));
    const chunks = withStaticImports(scripts).filter((file) => !scripts.includes(file));
    const validator = withStaticImports([chunkOf('src/viewer/read-dataset.ts')]);
    expect(chunks.length).toBeGreaterThan(0);
    expect(validator.length).toBeGreaterThan(1);
    expect(modulesPreloadedBy(indexHtml).sort()).toEqual(
      [...new Set([...chunks, ...validator])].sort(),
    );
  });

  it('fetches the offline base map (world-atlas) only on demand', () => {
    const initial = inputsOf(initialFiles());
    const everything = inputsOf(Object.keys(metafile.outputs).map(absolute));
    expect(everything.some((input) => input.includes('node_modules/world-atlas/'))).toBe(true);
    expect(
      initial.filter((input) => /node_modules\/(world-atlas|topojson-client)\//.test(input)),
    ).toEqual([]);
  });

  it('fetches the clustering code and the virtual list only for large datasets', () => {
    const initial = inputsOf(initialFiles());
    const lazy = [
      'node_modules/supercluster/',
      'src/viewer/cluster-markers.ts',
      'src/viewer/virtual-list.ts',
    ];
    for (const module of lazy) {
      expect(
        inputsOf(Object.keys(metafile.outputs).map(absolute)).some((input) =>
          input.includes(module),
        ),
      ).toBe(true);
      expect(initial.filter((input) => input.includes(module))).toEqual([]);
    }
  });

  it('bundles Leaflet as the modules used, never its packaged build', () => {
    const everything = inputsOf(Object.keys(metafile.outputs).map(absolute));
    const leaflet = everything.filter((input) => input.includes('node_modules/leaflet/'));
    expect(leaflet).toContain('node_modules/leaflet/src/map/Map.js');
    expect(leaflet.filter((input) => input.includes('/dist/') && input.endsWith('.js'))).toEqual(
      [],
    );
    for (const unused of [
      'layer/GeoJSON.js',
      'control/Control.Layers.js',
      'layer/ImageOverlay.js',
      'layer/vector/SVG.VML.js',
      'layer/marker/Marker.Drag.js',
      'map/handler/Map.TapHold.js',
      'layer/Tooltip.js',
      'layer/vector/CircleMarker.js',
      'layer/marker/Icon.Default.js',
      'layer/FeatureGroup.js',
    ])
      expect(leaflet).not.toContain(`node_modules/leaflet/src/${unused}`);
  });

  it('carries the canvas renderer only in the offline base map, loaded when tiles fail', () => {
    const canvas = 'node_modules/leaflet/src/layer/vector/Canvas.js';
    const initial = inputsOf(initialFiles());
    expect(initial).toContain('node_modules/leaflet/src/layer/vector/SVG.js');
    expect(initial).not.toContain(canvas);
    expect(inputsOf([chunkOf('src/viewer/offline-basemap.ts')])).toContain(canvas);
  });

  it('bundles Turf as the modules used, never the whole library', () => {
    const everything = inputsOf(Object.keys(metafile.outputs).map(absolute));
    expect(everything.filter((input) => input.includes('node_modules/@turf/turf/'))).toEqual([]);
  });
});
