import { describe, expect, test } from 'vitest';
import { embedSize, oembedResponse } from '../../../src/build/oembed-response.js';

describe('embedSize', () => {
  test.each([
    [{}, { width: 640, height: 480 }],
    [{ maxwidth: 1000 }, { width: 640, height: 480 }],
    [{ maxwidth: 400 }, { width: 400, height: 300 }],
    [{ maxheight: 240 }, { width: 320, height: 240 }],
    [
      { maxwidth: 400, maxheight: 200 },
      { width: 266, height: 200 },
    ],
    [{ maxwidth: 333 }, { width: 333, height: 249 }],
    [
      { maxwidth: Number.NaN, maxheight: -5 },
      { width: 640, height: 480 },
    ],
  ])('%j -> %j', (limits, size) => {
    expect(embedSize(limits)).toEqual(size);
  });

  test('never exceeds maxwidth or maxheight (oEmbed: it MUST NOT)', () => {
    for (let maxwidth = 50; maxwidth <= 900; maxwidth += 37) {
      for (let maxheight = 40; maxheight <= 700; maxheight += 29) {
        const { width, height } = embedSize({ maxwidth, maxheight });
        expect(width).toBeLessThanOrEqual(maxwidth);
        expect(height).toBeLessThanOrEqual(maxheight);
      }
    }
  });
});

describe('oembedResponse', () => {
  const request = {
    embedUrl: 'https://maps.example.org/embed.html',
    title: 'Map: Blinken in Beijing',
    providerName: 'newsmap',
    providerUrl: 'https://maps.example.org/',
    thumbnail: { url: 'https://maps.example.org/static/blinken.svg', width: 800, height: 600 },
  };

  test('is a rich 1.0 response whose html is one iframe, sized as declared', () => {
    const response = oembedResponse({ ...request, maxwidth: 400 });
    expect(response).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: 'Map: Blinken in Beijing',
      provider_name: 'newsmap',
      provider_url: 'https://maps.example.org/',
      width: 400,
      height: 300,
    });
    expect(response.html.match(/<iframe /g)).toHaveLength(1);
    expect(response.html).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(response.html).toContain('src="https://maps.example.org/embed.html"');
    expect(response.html).toContain('width="400" height="300"');
  });

  test('keeps the thumbnail only when it fits the limits too', () => {
    expect(oembedResponse(request).thumbnail_url).toBe(
      'https://maps.example.org/static/blinken.svg',
    );
    const limited = oembedResponse({ ...request, maxwidth: 400 });
    expect(limited).not.toHaveProperty('thumbnail_url');
    expect(limited).not.toHaveProperty('thumbnail_width');
  });
});
