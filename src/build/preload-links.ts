import type { Metafile } from 'esbuild';
import path from 'node:path';

export interface PreloadContext {
  /** The folder esbuild ran in: the metafile's paths are relative to it. */
  root: string;
  /** The site (dist/): the page's URLs are relative to it. */
  outdir: string;
  metafile: Metafile;
  /**
   * Modules a page with a dataset imports dynamically but always needs, before its first
   * marker: preloaded too, with the chunks they import.
   */
  datasetModules?: readonly string[];
}

/** The chunks a built script imports, directly or through another chunk: statically only, or also on demand. */
function chunksImportedBy(
  script: string,
  { root, metafile }: PreloadContext,
  kinds: readonly string[] = ['import-statement'],
): string[] {
  const outputs = new Map(
    Object.entries(metafile.outputs).map(([key, output]) => [path.resolve(root, key), output]),
  );
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const imported of outputs.get(file)?.imports ?? []) {
      const chunk = path.resolve(root, imported.path);
      if (!kinds.includes(imported.kind) || seen.has(chunk)) continue;
      seen.add(chunk);
      visit(chunk);
    }
  };
  visit(script);
  return [...seen];
}

/**
 * The chunks built from `modules` that the script imports on demand, and the chunks those
 * import statically.
 */
function onDemandChunksOf(
  script: string,
  modules: readonly string[],
  context: PreloadContext,
): string[] {
  const entryOf = new Map(
    Object.entries(context.metafile.outputs).map(([key, output]) => [
      path.resolve(context.root, key),
      output.entryPoint,
    ]),
  );
  return chunksImportedBy(script, context, ['import-statement', 'dynamic-import'])
    .filter((chunk) => modules.includes(entryOf.get(chunk) ?? ''))
    .flatMap((chunk) => [chunk, ...chunksImportedBy(chunk, context)]);
}

/**
 * Lets a page fetch at once what its module script would otherwise ask for only once it has
 * run: the chunks the script imports (each a round trip later without a `modulepreload`), the
 * dataset its `data-dataset` names (requested exactly as the viewer's `fetch` will, so the
 * download is shared) and the chunks that read it. All are in flight while the script itself
 * downloads.
 */
export function addPreloadLinks(html: string, context: PreloadContext): string {
  const script = /<script type="module" src="([^"]+)"><\/script>/.exec(html);
  if (script?.[1] === undefined) return html;
  const site = (file: string) => path.relative(context.outdir, file).split(path.sep).join('/');
  const dataset = /data-dataset="([^"]+)"/.exec(html)?.[1];
  const scriptFile = path.join(context.outdir, script[1]);
  const scriptChunks = chunksImportedBy(scriptFile, context);
  const datasetChunks =
    dataset === undefined
      ? []
      : onDemandChunksOf(scriptFile, context.datasetModules ?? [], context);
  const chunks = [...new Set([...scriptChunks, ...datasetChunks])].map(
    (chunk) => `<link rel="modulepreload" href="${site(chunk)}" />`,
  );
  const links = [
    ...(dataset === undefined
      ? []
      : [`<link rel="preload" href="${dataset}" as="fetch" crossorigin />`]),
    ...chunks,
  ];
  const indent = /\n([ \t]*)<script type="module"/.exec(html)?.[1] ?? '';
  return html.replace(script[0], [...links, script[0]].join(`\n${indent}`));
}
