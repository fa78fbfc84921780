import { expect, test } from 'vitest';
import {
  EMBED_SANDBOX,
  embedSnippet,
  embedTitle,
  embedUrlFor,
  iframeSnippet,
} from '../../../src/embed/embed-snippet.js';

const EMBED_PAGE = 'https://maps.example.org/newsmap/embed.html';

test('the published snippet: a lazy, sandboxed, titled iframe with a reserved 4:3 box, then the host script', () => {
  const snippet = embedSnippet({
    embedUrl: embedUrlFor(EMBED_PAGE, 'matsu-islands'),
    title: embedTitle('Blinken in Beijing'),
    hostScriptUrl: 'https://maps.example.org/newsmap/embed.js',
  });
  expect(snippet).toBe(
    '<iframe src="https://maps.example.org/newsmap/embed.html#place=matsu-islands" ' +
      'title="Map: Blinken in Beijing" width="640" height="480" ' +
      'style="display:block;width:100%;height:auto;aspect-ratio:4/3;border:0" loading="lazy" ' +
      'referrerpolicy="strict-origin-when-cross-origin" ' +
      'sandbox="allow-scripts allow-same-origin allow-popups" data-newsmap-embed></iframe>\n' +
      '<script async src="https://maps.example.org/newsmap/embed.js"></script>',
  );
});

test('the sandbox grants nothing beyond scripts, its own origin and popups', () => {
  expect(EMBED_SANDBOX.split(' ').sort()).toEqual([
    'allow-popups',
    'allow-same-origin',
    'allow-scripts',
  ]);
});

test('a title or URL with markup in it stays inside its attribute', () => {
  const snippet = iframeSnippet({
    embedUrl: `${EMBED_PAGE}?x="><script>alert(1)</script>`,
    title: `"Cooperation" <or> conflict & more`,
  });
  expect(snippet).not.toContain('<script');
  expect(snippet).toContain('title="&quot;Cooperation&quot; &lt;or&gt; conflict &amp; more"');
  expect(snippet.match(/<iframe /g)).toHaveLength(1);
});

test('a fixed size (for oEmbed) replaces the fluid 4:3 box', () => {
  const snippet = iframeSnippet({
    embedUrl: EMBED_PAGE,
    title: 'Map',
    size: { width: 400, height: 300 },
  });
  expect(snippet).toContain('width="400" height="300"');
  expect(snippet).toContain('style="display:block;max-width:100%;border:0"');
});

test('embedUrlFor puts the place in the hash, encoded, and drops any hash there was', () => {
  expect(embedUrlFor(`${EMBED_PAGE}#place=beijing`, 'taiwan-strait')).toBe(
    `${EMBED_PAGE}#place=taiwan-strait`,
  );
  expect(embedUrlFor(`${EMBED_PAGE}#place=beijing`, undefined)).toBe(EMBED_PAGE);
  expect(embedUrlFor(EMBED_PAGE, 'a&b=c')).toBe(`${EMBED_PAGE}#place=a%26b%3Dc`);
});
