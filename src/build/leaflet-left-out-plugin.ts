import type { Plugin } from 'esbuild';
import path from 'node:path';

/**
 * Leaflet modules that other Leaflet modules import but that newsmap never runs, each given
 * the stand-in of leaflet-left-out.ts instead: every reader downloads and evaluates what a
 * bundle holds, and these are about 2 KB gzip of what the page loads at once.
 */
const LEFT_OUT = [
  // The default renderer is a canvas only on a map with `preferCanvas`, which newsmap never
  // sets; the offline base map, the one canvas it draws, makes its own (leaflet-canvas.ts).
  { importer: 'src/layer/vector/Renderer.getRenderer.js', specifier: './Canvas' },
  // Internet Explorer 8's vector graphics: `Browser.vml` is false in every browser that runs
  // the viewer's ES2022 modules.
  { importer: 'src/layer/vector/SVG.js', specifier: './SVG.VML' },
  // Dragging a marker: the places stay where the article puts them.
  { importer: 'src/layer/marker/Marker.js', specifier: './Marker.Drag' },
];

/** Resolves the modules of LEFT_OUT, when their Leaflet importers ask for them, to the stand-ins. */
export function leafletLeftOutPlugin(root: string): Plugin {
  const standIns = path.join(root, 'src/viewer/leaflet-left-out.ts');
  const leaflet = path.join(root, 'node_modules/leaflet');
  return {
    name: 'newsmap-leaflet-left-out',
    setup(build) {
      build.onResolve({ filter: /^\.\/(Canvas|SVG\.VML|Marker\.Drag)$/ }, (args) => {
        const importer = path.relative(leaflet, args.importer).split(path.sep).join('/');
        const leftOut = LEFT_OUT.some(
          (module) => module.importer === importer && module.specifier === args.path,
        );
        return leftOut ? { path: standIns } : undefined;
      });
    },
  };
}
