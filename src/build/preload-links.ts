import type { Metafile } from 'esbuild';
import path from 'node:path';

export interface PreloadContext {
  /** The folder esbuild ran in: the metafile's paths are relative to it. */
  root: string;
  /** The site (dist/): the page's URLs are relative to it. */
  outdir: string;
  metafile: Metafile;
}

/** The chunks a built script imports statically, directly or through another chunk. */
function staticChunksOf(script: string, { root, metafile }: PreloadContext): string[] {
  const outputs = new Map(
    Object.entries(metafile.outputs).map(([key, output]) => [path.resolve(root, key), output]),
  );
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const imported of outputs.get(file)?.imports ?? []) {
      const chunk = path.resolve(root, imported.path);
      if (imported.kind !== 'import-statement' || seen.has(chunk)) continue;
      seen.add(chunk);
      visit(chunk);
    }
  };
  visit(script);
  return [...seen];
}

/**
 * Lets a page fetch at once what its module script would otherwise ask for only once it has
 * run: the chunks the script imports (each a round trip later without a `modulepreload`) and
 * the dataset its `data-dataset` names (requested exactly as the viewer's `fetch` will, so
 * the download is shared). Both are in flight while the script itself downloads.
 */
export function addPreloadLinks(html: string, context: PreloadContext): string {
  const script = /<script type="module" src="([^"]+)"><\/script>/.exec(html);
  if (script?.[1] === undefined) return html;
  const site = (file: string) => path.relative(context.outdir, file).split(path.sep).join('/');
  const chunks = staticChunksOf(path.join(context.outdir, script[1]), context).map(
    (chunk) => `<link rel="modulepreload" href="${site(chunk)}" />`,
  );
  const dataset = /data-dataset="([^"]+)"/.exec(html)?.[1];
  const links = [
    ...(dataset === undefined
      ? []
      : [`<link rel="preload" href="${dataset}" as="fetch" crossorigin />`]),
    ...chunks,
  ];
  const indent = /\n([ \t]*)<script type="module"/.exec(html)?.[1] ?? '';
  return html.replace(script[0], [...links, script[0]].join(`\n${indent}`));
}
