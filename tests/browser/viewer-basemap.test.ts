import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage, useBrowserSite } from './harness.js';
import { must } from './viewer-test-page.js';

const site = useBrowserSite();

// The offline base map's colours (viewer.css and offline-basemap.ts).
const SEA = [185, 211, 226];
const distance = (a: number[], b: number[]) =>
  Math.hypot(...a.map((value, i) => value - (b[i] ?? 0)));

/**
 * The colours of the page's pixels at the given points, read from a real screenshot. The PNG
 * is decoded in a blank page of the same browser, out of reach of the viewer page's CSP.
 */
async function pixelsAt(page: Page, points: { x: number; y: number }[]): Promise<number[][]> {
  const png = (await page.screenshot()).toString('base64');
  const blank = await page.context().newPage();
  const colours = await blank.evaluate(
    async ({ png, points }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2D canvas');
      context.drawImage(image, 0, 0);
      return points.map(({ x, y }) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)]);
    },
    { png, points },
  );
  await blank.close();
  return colours;
}

async function markerCentre(page: Page, name: string) {
  const box = must(
    await page.locator(`.leaflet-marker-pane [title="${name}"]`).boundingBox(),
    name,
  );
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
}

test('when tiles fail, the offline base map draws land where land is, and says so quietly', async () => {
  const { page, refused, errors } = await openGuardedPage(site.browser, site.server);
  await page.goto(site.server.url);
  // Markers never wait for tiles.
  await page.locator('.leaflet-marker-pane [title="Beijing"]').waitFor();
  await page.locator('.nm-notice').waitFor();
  await expect(page.locator('.nm-notice').textContent()).resolves.toMatch(/offline map/);
  await expect(page.locator('[aria-live="polite"]').textContent()).resolves.toMatch(/offline map/);
  await page.locator('.leaflet-control-attribution a', { hasText: 'Natural Earth' }).waitFor();
  await page.locator('.nm-basemap-pane canvas').waitFor();
  expect(refused.some((url) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(true);

  const beijing = await markerCentre(page, 'Beijing');
  const vienna = await markerCentre(page, 'Vienna');
  const maobitou = await markerCentre(page, 'Cape Maobitou Park');
  const changi = await markerCentre(page, 'Changi Naval Base');
  const [china, germany, philippineSea, indianOcean] = await pixelsAt(page, [
    { x: beijing.x - 50, y: beijing.y }, // Inner Mongolia, west of Beijing
    { x: vienna.x - 30, y: vienna.y }, // southern Germany
    { x: maobitou.x + 60, y: maobitou.y }, // east of Taiwan's southern tip
    { x: changi.x - 60, y: changi.y }, // west of Sumatra
  ]);
  expect(distance(must(philippineSea, 'sea'), SEA)).toBeLessThan(12);
  expect(distance(must(indianOcean, 'sea'), SEA)).toBeLessThan(12);
  expect(distance(must(china, 'land'), SEA)).toBeGreaterThan(40);
  expect(distance(must(germany, 'land'), SEA)).toBeGreaterThan(40);
  expect(errors).toEqual([]);
});

test('?basemap=offline asks no tile server anything; ?basemap=tiles never loads the offline map', async () => {
  const offline = await openGuardedPage(site.browser, site.server);
  const offlineScripts: string[] = [];
  offline.page.on('request', (request) => offlineScripts.push(request.url()));
  await offline.page.goto(`${site.server.url}?basemap=offline`);
  await offline.page.locator('.nm-basemap-pane canvas').waitFor();
  expect(offline.refused).toEqual([]);
  expect(offlineScripts.some((url) => /offline-basemap-[^/]*\.js$/.test(url))).toBe(true);
  // Leaflet's default marker and layer images are never asked for: the markers are inline SVG.
  // The page's own icon is the one picture it names.
  const pictures = offlineScripts.filter((url) => /\.png$/.test(url));
  expect(pictures.filter((url) => new URL(url).pathname !== '/favicon.png')).toEqual([]);
  await expect(offline.page.locator('.nm-notice').count()).resolves.toBe(0);

  const tiles = await openGuardedPage(site.browser, site.server);
  const tileScripts: string[] = [];
  tiles.page.on('request', (request) => tileScripts.push(request.url()));
  await tiles.page.goto(`${site.server.url}?basemap=tiles`);
  await tiles.page.locator('img.leaflet-tile').first().waitFor({ state: 'attached' });
  const tile = tiles.page.locator('img.leaflet-tile').first();
  await expect(tile.getAttribute('referrerpolicy')).resolves.toBe(
    'strict-origin-when-cross-origin',
  );
  await expect(tile.getAttribute('src')).resolves.toMatch(
    /^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/,
  );
  const attribution = tiles.page.locator('.leaflet-control-attribution a', {
    hasText: 'OpenStreetMap',
  });
  await expect(attribution.getAttribute('href')).resolves.toBe(
    'https://www.openstreetmap.org/copyright',
  );
  await expect(
    tiles.page.locator('.leaflet-marker-icon.nm-marker').count(),
  ).resolves.toBeGreaterThan(0);
  expect(tileScripts.some((url) => /offline-basemap-[^/]*\.js$/.test(url))).toBe(false);
  expect([...offline.errors, ...tiles.errors]).toEqual([]);
});

test('?tiles= sets the tile URL template', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  const template = 'https://tiles.example.org/{z}/{x}/{y}.png';
  await page.goto(`${site.server.url}?basemap=tiles&tiles=${encodeURIComponent(template)}`);
  const tile = page.locator('img.leaflet-tile').first();
  await tile.waitFor({ state: 'attached' });
  await expect(tile.getAttribute('src')).resolves.toMatch(
    /^https:\/\/tiles\.example\.org\/\d+\/\d+\/\d+\.png$/,
  );
  // Anything but an http(s) template with {z}, {x} and {y} is ignored.
  await page.goto(
    `${site.server.url}?basemap=tiles&tiles=${encodeURIComponent('javascript:alert(1)')}`,
  );
  await page.reload();
  await page.locator('img.leaflet-tile').first().waitFor({ state: 'attached' });
  await expect(page.locator('img.leaflet-tile').first().getAttribute('src')).resolves.toMatch(
    /^https:\/\/tile\.openstreetmap\.org\//,
  );
  // index.html's Content Security Policy admits OpenStreetMap's images only, so the browser
  // itself refuses the other server's tiles: that is the one kind of error expected here.
  expect(errors.filter((error) => !/Content Security Policy.*img-src/.test(error))).toEqual([]);
});

test('tiles that never answer hand over to the offline map after a few seconds', async () => {
  const { page, context, errors } = await openGuardedPage(site.browser, site.server);
  const asked: string[] = [];
  // Registered after the harness's refusal, so it answers first: these tiles hang for ever.
  await context.route('https://tile.openstreetmap.org/**', (route) => {
    asked.push(route.request().url());
  });
  await page.goto(site.server.url);
  await page.locator('.nm-notice').waitFor({ timeout: 20_000 });
  await expect(page.locator('.nm-notice').textContent()).resolves.toMatch(/taking too long/);
  await page.locator('.nm-basemap-pane canvas').waitFor();
  expect(asked.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
