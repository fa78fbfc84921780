import { beforeAll, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import {
  renderStaticMap,
  type StaticBasemap,
  type WorldAtlas,
} from '../../../src/build/render-static-map.js';
import { parseDatasetJson } from '../../../src/schema/validate-dataset.js';
import type { Dataset } from '../../../src/schema/dataset-schema.js';

let basemap: StaticBasemap;
let dataset: Dataset;

const readAtlas = async (name: string) =>
  JSON.parse(await readFile(`node_modules/world-atlas/${name}`, 'utf8')) as WorldAtlas;

beforeAll(async () => {
  basemap = {
    coarse: await readAtlas('countries-110m.json'),
    fine: await readAtlas('countries-50m.json'),
  };
  dataset = parseDatasetJson(
    await readFile('tests/fixtures/datasets/good/small-article.json', 'utf8'),
  );
});

test('frames the focus places and names every place in the alt text, in article order', () => {
  const map = renderStaticMap(dataset, basemap);
  expect(map.alt).toBe(
    'Map of the places in “Blinken in Beijing (test fixture)”: Diaoyutai State Guesthouse and Beijing. ' +
      'Also in the story, beyond this view: Taiwan Strait and Washington, D.C.',
  );
  expect([map.width, map.height]).toEqual([800, 600]);
  expect(map.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600"')).toBe(
    true,
  );
  // One marker per place in view, and land under them (Beijing is inland).
  expect(map.svg.match(/<circle /g)).toHaveLength(2);
  expect(map.svg).toMatch(/<path d="M[^"]{200,}" fill="#f3f0e8"/);
});

test('dataset text reaches the SVG escaped, never as markup', () => {
  const hostile = structuredClone(dataset);
  const place = hostile.features[0];
  if (place === undefined) throw new Error('the fixture has no place');
  place.properties.name = '<script>alert(1)</script> & "Co"';
  hostile.article.title = 'Title </title><image href="x" onerror="alert(1)"/>';
  const { svg, alt } = renderStaticMap(hostile, basemap);
  expect(svg).not.toContain('<script');
  expect(svg).not.toContain('<image');
  expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
  expect(alt).toContain('<script>alert(1)</script> & "Co"');
  // Every element the picture opens is one the renderer writes.
  const tags = new Set([...svg.matchAll(/<([a-z]+)[\s>/]/g)].map((match) => match[1]));
  expect([...tags].sort()).toEqual(['circle', 'g', 'path', 'rect', 'svg', 'text', 'title']);
});

test('the picture stays under 120 kB, for a close view (fine coasts) and a wide one (coarse)', () => {
  const wide = structuredClone(dataset);
  for (const place of wide.features) place.properties.focus = true;
  const coarse = renderStaticMap(wide, basemap).svg.length;
  const close = renderStaticMap(dataset, basemap).svg.length;
  expect(coarse).toBeLessThan(120_000);
  expect(close).toBeLessThan(120_000);
});

test('does not mutate the dataset', () => {
  const before = structuredClone(dataset);
  renderStaticMap(dataset, basemap);
  expect(dataset).toEqual(before);
});
