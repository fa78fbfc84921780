import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { transform, type Selector } from 'lightningcss';

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
  // The default marker's picture and the code that finds its path: every newsmap marker has
  // a div icon.
  { importer: 'src/layer/marker/Marker.js', specifier: './Icon.Default' },
  // Popups ask whether the layer they are bound to is a feature group: newsmap makes none.
  { importer: 'src/layer/DivOverlay.js', specifier: './FeatureGroup' },
  { importer: 'src/layer/Popup.js', specifier: './FeatureGroup' },
];

// The specifiers of LEFT_OUT, which alone the plugin is asked to resolve.
const LEFT_OUT_SPECIFIER = new RegExp(
  `^(${LEFT_OUT.map(({ specifier }) => specifier.replaceAll('.', '\\.')).join('|')})$`,
);

/**
 * The classes of leaflet.css's rules for what newsmap's bundles leave out: the layers and
 * scale controls, image overlays, tooltips, marker shadows (a div icon has none) and dragging,
 * the default icon's image, old Internet Explorer and VML. The tooltip pane stays: every map
 * makes it.
 */
const LEFT_OUT_CLASS =
  /^(leaflet-control-(layers|scale)(-.*)?|leaflet-tooltip(-(top|bottom|left|right))?|leaflet-(image-layer|marker-shadow|marker-draggable|default-icon-path|oldie|retina|vml-shape)|lvml)$/;

const isLeftOut = (selector: Selector) =>
  selector.some((component) => component.type === 'class' && LEFT_OUT_CLASS.test(component.name));

// The browsers that run the viewer's ES2022 modules (esbuild's target), as lightningcss
// encodes versions: Leaflet's vendor prefixes for older ones are dropped (0.1 KB gzip), those
// these still need (Safari's -webkit-user-select) kept.
const version = (major: number, minor = 0) => (major << 16) | (minor << 8);
const ES2022_BROWSERS = {
  chrome: version(94),
  edge: version(94),
  firefox: version(93),
  safari: version(15, 4),
  ios_saf: version(15, 4),
};

/**
 * leaflet.css without the selectors of LEFT_OUT_CLASS, without the rules left empty, and
 * without the prefixes no browser of ES2022_BROWSERS needs.
 */
export function leafletCssWithoutLeftOut(css: Buffer, filename: string): string {
  const { code } = transform({
    filename,
    code: css,
    targets: ES2022_BROWSERS,
    visitor: {
      Rule: {
        style(rule) {
          const selectors = rule.value.selectors.filter((selector) => !isLeftOut(selector));
          return selectors.length === 0 ? [] : { ...rule, value: { ...rule.value, selectors } };
        },
      },
    },
  });
  return code.toString();
}

/**
 * Resolves the modules of LEFT_OUT, when their Leaflet importers ask for them, to the
 * stand-ins, and loads leaflet.css without the rules for what they leave out (0.6 KB gzip).
 */
export function leafletLeftOutPlugin(root: string): Plugin {
  const standIns = path.join(root, 'src/viewer/leaflet-left-out.ts');
  const leaflet = path.join(root, 'node_modules/leaflet');
  return {
    name: 'newsmap-leaflet-left-out',
    setup(build) {
      build.onResolve({ filter: LEFT_OUT_SPECIFIER }, (args) => {
        const importer = path.relative(leaflet, args.importer).split(path.sep).join('/');
        const leftOut = LEFT_OUT.some(
          (module) => module.importer === importer && module.specifier === args.path,
        );
        return leftOut ? { path: standIns } : undefined;
      });
      build.onLoad({ filter: /[\\/]leaflet[\\/]dist[\\/]leaflet\.css$/ }, async (args) => ({
        contents: leafletCssWithoutLeftOut(await readFile(args.path), args.path),
        loader: 'css',
      }));
    },
  };
}
