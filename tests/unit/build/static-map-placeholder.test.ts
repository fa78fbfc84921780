import { expect, test } from 'vitest';
import {
  fillStaticMapPlaceholders,
  type StaticMapPicture,
} from '../../../src/build/static-map-placeholder.js';

const pictures = new Map<string, StaticMapPicture>([
  [
    'data/article.geojson',
    { src: 'static/article.svg', alt: 'Map of “A & B”: <Beijing>.', width: 800, height: 600 },
  ],
]);

test('replaces each mark with the picture of its dataset, alt text escaped', () => {
  const html = '<noscript><!-- newsmap:static-map data/article.geojson --></noscript>';
  expect(fillStaticMapPlaceholders(html, pictures)).toBe(
    '<noscript><img class="nm-static-map" src="static/article.svg" width="800" height="600" ' +
      'alt="Map of “A &amp; B”: &lt;Beijing&gt;." /></noscript>',
  );
});

test('leaves a page without marks as it is', () => {
  const html = '<main><!-- an ordinary comment --></main>';
  expect(fillStaticMapPlaceholders(html, pictures)).toBe(html);
});

test('a mark naming a dataset without a picture fails the build', () => {
  expect(() =>
    fillStaticMapPlaceholders('<!-- newsmap:static-map data/missing.geojson -->', pictures),
  ).toThrow('no static map for "data/missing.geojson"');
});
