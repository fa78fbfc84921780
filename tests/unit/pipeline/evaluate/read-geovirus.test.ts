import { expect, test } from 'vitest';
import { parseGeoVirus } from '../../../../src/pipeline/evaluate/read-geovirus.js';

test('one-based code-point offsets become UTF-16 offsets, across astral characters and entities', () => {
  // "🦠" is one code point and two UTF-16 units; "&amp;" is one character of the text.
  const xml = `<articles><article><source>https://example.org/a</source>
<text>🦠 in Paris &amp; Lyon</text><locations>
<location><name>Paris</name><start>6</start><end>11</end><lat>48.85</lat><lon>2.35</lon><page/></location>
<location><name>Lyon</name><start>14</start><end>18</end><lat></lat><lon></lon><page/></location>
</locations></article></articles>`;
  const [article] = parseGeoVirus(xml);
  expect(article?.text).toBe('🦠 in Paris & Lyon');
  expect(article?.toponyms).toEqual([
    { start: 6, end: 11, text: 'Paris', lat: 48.85, lon: 2.35 },
    { start: 14, end: 18, text: 'Lyon' },
  ]);
});

test('an article template left in comments is not an article', () => {
  const xml = `<articles><article><source>https://example.org/a</source>
<text>In Lyon</text><locations>
<location><name>Lyon</name><start>4</start><end>8</end><lat>45.76</lat><lon>4.84</lon><page/></location>
</locations></article>
<!--<article>-->
    <!--<source></source>-->
    <!--<text></text>-->
<!--</article>-->
</articles>`;
  const articles = parseGeoVirus(xml);
  expect(articles.map((article) => article.text)).toEqual(['In Lyon']);
});
