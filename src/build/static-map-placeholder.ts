import { escapeMarkup } from '../embed/escape-markup.js';

/**
 * Pages mark where the static picture of a map goes (inside a <noscript>, usually) with
 * `<!-- newsmap:static-map data/<name>.geojson -->`; the build replaces each mark with the
 * picture of that dataset's map.
 */
const PLACEHOLDER = /<!--\s*newsmap:static-map\s+(\S+?)\s*-->/g;

export interface StaticMapPicture {
  /** The picture's URL, relative to the page or absolute. */
  src: string;
  alt: string;
  width: number;
  height: number;
}

/**
 * An <img> of a map picture. No inline style (the pages' Content-Security-Policy refuses it):
 * the page's stylesheet scales `.nm-static-map` down to its container.
 */
export function staticMapImage({ src, alt, width, height }: StaticMapPicture): string {
  return `<img class="nm-static-map" src="${escapeMarkup(src)}" width="${width}" height="${height}" alt="${escapeMarkup(alt)}" />`;
}

/**
 * `html` with every placeholder replaced by the picture for its dataset; a placeholder naming
 * a dataset without a picture is an error, so a typo fails the build instead of shipping a
 * page without its fallback.
 */
export function fillStaticMapPlaceholders(
  html: string,
  pictures: ReadonlyMap<string, StaticMapPicture>,
): string {
  return html.replace(PLACEHOLDER, (_mark, dataset: string) => {
    const picture = pictures.get(dataset);
    if (picture === undefined)
      throw new Error(`no static map for "${dataset}": is it a dataset under data/?`);
    return staticMapImage(picture);
  });
}
