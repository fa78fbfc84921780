import { expect, test } from 'vitest';
import { openGuardedPage, useBrowserSite } from './harness.js';
import { focusState, openViewerPage, tabUntil } from './a11y-page.js';

const site = useBrowserSite();

type Rgba = readonly [number, number, number, number];

/** `rgb(…)`, `rgba(…)` or `#rrggbb` as red, green, blue (0-255) and alpha (0-1). */
function parseColour(text: string): Rgba {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text);
  if (hex !== null)
    return [...hex.slice(1, 4).map((part) => parseInt(part, 16)), 1] as unknown as Rgba;
  const parts = /rgba?\(([^)]+)\)/
    .exec(text)?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  if (parts === undefined || parts.length < 3) throw new Error(`not a colour: ${text}`);
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  return [r, g, b, a];
}

/** `top` painted over an opaque `bottom`, with `top`'s alpha times `opacity`. */
function over(top: Rgba, bottom: Rgba, opacity = 1): Rgba {
  const a = top[3] * opacity;
  const mix = (i: 0 | 1 | 2) => top[i] * a + bottom[i] * (1 - a);
  return [mix(0), mix(1), mix(2), 1];
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100;
}

/**
 * The colours OpenStreetMap's standard tiles (openstreetmap-carto) paint most of a map with,
 * for the default tile base map: the tiles cannot be loaded here, so their colours are listed.
 */
const OSM_COLOURS = {
  'osm land': '#f2efe9',
  'osm water': '#aad3df',
  'osm park': '#c8facc',
  'osm forest': '#add19e',
  'osm residential': '#e0dfdf',
  'osm farmland': '#eef0d5',
  'osm primary road': '#fcd6a4',
};

/** Every pairing below this ratio, as `what on background: ratio`. */
function failing(
  foregrounds: Record<string, Rgba>,
  backgrounds: Record<string, Rgba>,
  minimum: number,
): string[] {
  return Object.entries(foregrounds).flatMap(([what, colour]) =>
    Object.entries(backgrounds)
      .map(
        ([where, background]) => [where, contrast(over(colour, background), background)] as const,
      )
      .filter(([, ratio]) => ratio < minimum)
      .map(([where, ratio]) => `${what} on ${where}: ${ratio}`),
  );
}

test('markers, their symbols, focus rings and text on the map keep AA contrast over both base maps', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await openViewerPage(page, `${site.server.url}?basemap=offline`);

  // The offline base map as drawn: the sea is the map's background, the land the canvas's
  // commonest opaque colour.
  const basemap = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.nm-basemap-pane canvas');
    const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    const counts = new Map<string, number>();
    for (let i = 0; data !== undefined && i < data.length; i += 4 * 7) {
      if (data[i + 3] !== 255) continue;
      const key = `rgb(${data[i]}, ${data[i + 1]}, ${data[i + 2]})`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const land = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const sea = getComputedStyle(document.querySelector('.nm-map') as Element).backgroundColor;
    return { land, sea };
  });
  const backgrounds: Record<string, Rgba> = {
    'offline land': parseColour(basemap.land),
    'offline sea': parseColour(basemap.sea),
    ...Object.fromEntries(Object.entries(OSM_COLOURS).map(([k, v]) => [k, parseColour(v)])),
  };
  expect(Object.keys(backgrounds)).toHaveLength(2 + Object.keys(OSM_COLOURS).length);

  // Each kind's badge (a wider place's drawn slightly see-through) and its white symbol.
  const badges = await page.locator('.nm-marker__badge').evaluateAll((nodes) =>
    nodes.map((badge) => {
      const style = getComputedStyle(badge);
      const glyph = badge.querySelector('.nm-glyph-fill, .nm-glyph-stroke');
      const glyphStyle = glyph === null ? undefined : getComputedStyle(glyph);
      return {
        kind: [...badge.classList].find((name) => name.startsWith('nm-kind-')) ?? '',
        fill: style.backgroundColor,
        opacity: Number(style.opacity),
        symbol:
          glyphStyle === undefined
            ? ''
            : glyph?.classList.contains('nm-glyph-fill')
              ? glyphStyle.fill
              : glyphStyle.stroke,
      };
    }),
  );
  const kinds = new Map(badges.map((badge) => [badge.kind, badge]));
  expect(kinds.size).toBeGreaterThanOrEqual(6);
  const markerFills = Object.fromEntries(
    [...kinds].map(([kind, badge]) => [
      kind,
      [...parseColour(badge.fill).slice(0, 3), badge.opacity] as unknown as Rgba,
    ]),
  );
  expect(failing(markerFills, backgrounds, 3)).toEqual([]);
  const symbolsOnBadges = [...kinds].flatMap(([kind, badge]) => {
    const ratio = contrast(parseColour(badge.symbol), parseColour(badge.fill));
    return ratio < 3 ? [`${kind} symbol: ${ratio}`] : [];
  });
  expect(symbolsOnBadges).toEqual([]);

  // The focus ring as a keyboard user sees it on a marker: its colour over the map and over
  // its own white halo.
  await tabUntil(page, (s) => s.area === 'map' && s.name === 'Beijing', { limit: 200 });
  const ring = await page.evaluate(() => {
    const badge = document.activeElement?.querySelector('.nm-marker__badge');
    const style = badge === null || badge === undefined ? undefined : getComputedStyle(badge);
    return { colour: style?.outlineColor ?? '', halo: style?.boxShadow ?? '' };
  });
  const ringColour = parseColour(ring.colour);
  expect(ring.halo).toMatch(/^rgb\(255, 255, 255\)/);
  expect(contrast(ringColour, parseColour('#ffffff'))).toBeGreaterThanOrEqual(3);
  expect(failing({ 'focus ring': ringColour }, backgrounds, 3)).toEqual([]);

  // A journey's arc shows focus as a wide, partly see-through stroke.
  const arc = await tabUntil(page, (s) => s.tag === 'path', { limit: 40, backwards: true });
  expect(arc.ringVisible).toBe(true);
  const arcStroke = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { colour: style.stroke, opacity: Number(style.strokeOpacity) };
  });
  expect(
    failing(
      {
        'journey focus': [
          ...parseColour(arcStroke.colour).slice(0, 3),
          arcStroke.opacity,
        ] as unknown as Rgba,
      },
      backgrounds,
      3,
    ),
  ).toEqual([]);

  // Text drawn over the map: the attribution, on its own translucent white.
  const attribution = await page.locator('.leaflet-control-attribution').evaluate((node) => {
    const link = node.querySelector('a');
    return {
      text: getComputedStyle(node).color,
      link: link === null ? '' : getComputedStyle(link).color,
      background: getComputedStyle(node).backgroundColor,
    };
  });
  const textOnAttribution = Object.fromEntries(
    Object.entries(backgrounds).map(([where, colour]) => [
      `attribution over ${where}`,
      over(parseColour(attribution.background), colour),
    ]),
  );
  expect(
    failing(
      { text: parseColour(attribution.text), link: parseColour(attribution.link) },
      textOnAttribution,
      4.5,
    ),
  ).toEqual([]);

  // A month's label on the timeline, on either stripe of its hatching.
  const month = await page
    .locator('.nm-tl-event--month')
    .first()
    .evaluate((node) => ({
      text: getComputedStyle(node).color,
      hatching: getComputedStyle(node).backgroundImage,
    }));
  const stripes = month.hatching.match(/rgba?\([^)]+\)/g) ?? [];
  expect(stripes.length).toBeGreaterThanOrEqual(2);
  expect(
    failing(
      { 'month label': parseColour(month.text) },
      Object.fromEntries(stripes.map((stripe) => [stripe, parseColour(stripe)])),
      4.5,
    ),
  ).toEqual([]);
  expect((await focusState(page)).area).toBe('map');
  expect(errors).toEqual([]);
});
