import type { Metafile } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { minify } from 'terser';

/**
 * Whether most of a chunk's bytes come from JSON (the offline base map's topology): data that
 * terser has nothing to shorten in, and that takes it seconds to read.
 */
function isMostlyData(output: Metafile['outputs'][string]): boolean {
  let data = 0;
  let all = 0;
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    all += bytesInOutput;
    if (input.endsWith('.json')) data += bytesInOutput;
  }
  return data > all / 2;
}

/**
 * Minifies again, with terser, the JavaScript esbuild has written: its compressor folds and
 * inlines more than esbuild's minifier, 2 KB gzip less of what every reader of the article
 * downloads. The files keep their names, and so the chunks' imports of each other.
 */
export async function terseOutputs(root: string, metafile: Metafile): Promise<void> {
  const scripts = Object.entries(metafile.outputs).filter(
    ([file, output]) => file.endsWith('.js') && !isMostlyData(output),
  );
  await Promise.all(
    scripts.map(async ([file]) => {
      const absolute = path.resolve(root, file);
      const { code } = await minify(await readFile(absolute, 'utf8'), {
        module: true,
        ecma: 2020,
        compress: {
          passes: 2,
          // Leaflet's classes are object literals of `name: function () {}`; as methods they
          // are shorter, and no code builds an object with `new` from one of them.
          unsafe_methods: true,
          // Shortenings that hold while no one has replaced the built-ins (`String(x)` becomes
          // `"" + x`), which neither newsmap nor Leaflet does.
          unsafe: true,
        },
        format: { comments: false },
      });
      if (code === undefined) throw new Error(`terser returned no code for ${file}`);
      await writeFile(absolute, code);
    }),
  );
}
