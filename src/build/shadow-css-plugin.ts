import * as esbuild from 'esbuild';
import path from 'node:path';

/**
 * For the embeddable bundles: every `import './x.css'` in the viewer becomes a call that hands
 * the stylesheet's text (bundled, with any SVG images inlined as data: URLs, since relative
 * URLs would resolve against the host page) to the shadow-styles registry, which adopts it into
 * each map's shadow root. So the map brings its CSS without a <link> in the host page, and
 * none of it reaches the host page.
 */
export function shadowCssPlugin({
  root,
  minify,
  plugins,
}: {
  root: string;
  minify: boolean;
  /** Plugins of the stylesheets' own builds (leaflet-left-out-plugin.ts trims leaflet.css). */
  plugins: esbuild.Plugin[];
}): esbuild.Plugin {
  // The module every bundled stylesheet registers with.
  const registry = path.join(root, 'src/embed/shadow-styles.ts');
  return {
    name: 'newsmap-shadow-css',
    setup(build) {
      build.onLoad({ filter: /\.css$/ }, async (args) => {
        const result = await esbuild.build({
          entryPoints: [args.path],
          bundle: true,
          write: false,
          minify,
          logLevel: 'silent',
          loader: { '.svg': 'dataurl' },
          plugins,
        });
        const css = result.outputFiles[0]?.text ?? '';
        return {
          contents: `import { registerShadowCss } from ${JSON.stringify(registry)};\nregisterShadowCss(${JSON.stringify(css)});\n`,
          loader: 'js',
          resolveDir: path.dirname(args.path),
        };
      });
    },
  };
}
