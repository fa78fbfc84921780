import { expect, test } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { launchBrowser, openGuardedPage, readArticleDataset, useBrowserSite } from './harness.js';

const site = useBrowserSite();

/**
 * The tile server fails in every way it can: the offline base map takes over within a few
 * seconds, a quiet notice says so, every marker and popup keeps working, and every tile
 * request carried a Referer (OpenStreetMap refuses tiles without one).
 */

const TILE_HOST = 'https://tile.openstreetmap.org/';
const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
// "Within a few seconds": the viewer's watchdog gives tiles 4 s; this leaves room for a slow machine.
const TAKEOVER_TIMEOUT_MS = 10_000;

type TileAnswer = (route: Route) => void;

const FAILURES: Record<string, TileAnswer> = {
  '404 Not Found': (route) => void route.fulfill({ status: 404, body: 'Not Found' }),
  '500 Internal Server Error': (route) => void route.fulfill({ status: 500, body: 'oops' }),
  'a server that never answers': () => undefined,
  'garbage bytes sent as a PNG': (route) =>
    void route.fulfill({
      status: 200,
      contentType: 'image/png',
      body: Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)),
    }),
  '403 "Referer is required"': (route) =>
    void route.fulfill({
      status: 403,
      contentType: 'text/plain',
      body: 'Referer is required by tile usage policy of OpenStreetMap',
    }),
};

const dataset = readArticleDataset();

/** Opens the page with tiles answered by `answer`; returns the Referer of every tile request. */
async function openWithTiles(answer: TileAnswer) {
  const guarded = await openGuardedPage(site.browser, site.server);
  const referers: (string | null)[] = [];
  const pending: Route[] = [];
  await guarded.context.route(`${TILE_HOST}**`, async (route) => {
    referers.push(await route.request().headerValue('referer'));
    pending.push(route);
    answer(route);
  });
  await guarded.page.goto(site.server.url);
  const release = () => Promise.all(pending.map((route) => route.abort().catch(() => {})));
  return { ...guarded, referers, release };
}

/** Opens every place, through the URL and then from a marker, and checks each popup's name. */
async function expectEveryPlaceOpens(page: Page): Promise<void> {
  for (const feature of dataset.features) {
    const name = feature.properties.name;
    await page.evaluate((id) => {
      window.location.hash = `#place=${id}`;
    }, feature.id);
    await expect
      .poll(() => page.locator('.leaflet-popup .nm-popup__name').textContent())
      .toBe(name);
  }
  await page.locator('.leaflet-popup-close-button').click();
  await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
  // And from a marker itself, with the mouse: one the reader can see and reach.
  const target = await page.evaluate(() => {
    for (const marker of document.querySelectorAll<HTMLElement>('.leaflet-marker-icon.nm-marker')) {
      const box = marker.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (marker.contains(document.elementFromPoint(x, y))) return { x, y, title: marker.title };
    }
    return undefined;
  });
  if (target === undefined) throw new Error('no marker can be clicked');
  await page.mouse.click(target.x, target.y);
  await expect
    .poll(() => page.locator('.leaflet-popup .nm-popup__name').textContent())
    .toBe(target.title);
}

test.each(Object.entries(FAILURES))(
  'tiles failing with %s: the offline map takes over, says so, and every place still opens',
  async (_, answer) => {
    const { page, context, errors, referers, release } = await openWithTiles(answer);
    await page.locator('.nm-notice').waitFor({ timeout: TAKEOVER_TIMEOUT_MS });
    expect(await page.locator('.nm-notice').textContent()).toMatch(/offline map/);
    await page.locator('.nm-basemap-pane canvas, .nm-basemap-pane svg').first().waitFor();
    expect(await page.locator('img.leaflet-tile').count()).toBe(0);
    expect(await page.locator('.leaflet-marker-icon.nm-marker').count()).toBe(
      dataset.features.length,
    );
    await expectEveryPlaceOpens(page);

    expect(referers.length).toBeGreaterThan(0);
    expect(referers.every((referer) => referer === site.server.url)).toBe(true);
    expect(errors).toEqual([]);
    await release();
    await context.close();
  },
);

test('tiles that load keep the tile map: no notice, no offline map, and they too carry a Referer', async () => {
  const { page, context, errors, referers } = await openWithTiles(
    (route) => void route.fulfill({ body: TILE_PNG, contentType: 'image/png' }),
  );
  // Once a tile has loaded the viewer never falls back, so the absence of a notice is final.
  await page.locator('img.leaflet-tile-loaded').first().waitFor();
  await expectEveryPlaceOpens(page);
  expect(await page.locator('.nm-notice').count()).toBe(0);
  expect(await page.locator('.nm-basemap-pane canvas, .nm-basemap-pane svg').count()).toBe(0);
  expect(referers.length).toBeGreaterThan(0);
  expect(referers.every((referer) => referer === site.server.url)).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

test('a tile host that does not resolve (as in `npm run bench`): the offline map takes over, and the refused requests are recorded', async () => {
  const browser = await launchBrowser({ resolveNoHost: true });
  try {
    const { page, refused, errors } = await openGuardedPage(browser, site.server);
    // Failed by the browser's resolver, not refused by an interception.
    const failures: string[] = [];
    page.on('requestfailed', (request) => failures.push(request.failure()?.errorText ?? ''));
    await page.goto(site.server.url);
    await page.locator('.nm-notice').waitFor({ timeout: TAKEOVER_TIMEOUT_MS });
    await page.locator('.nm-basemap-pane canvas, .nm-basemap-pane svg').first().waitFor();
    expect(await page.locator('.leaflet-marker-icon.nm-marker').count()).toBe(
      dataset.features.length,
    );
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((url) => url.startsWith(TILE_HOST))).toBe(true);
    expect(failures).toContain('net::ERR_NAME_NOT_RESOLVED');
    // Tiles still being resolved when the offline map takes over are dropped with their layer.
    const resolverOrDropped = ['net::ERR_NAME_NOT_RESOLVED', 'net::ERR_ABORTED'];
    expect(failures.filter((failure) => !resolverOrDropped.includes(failure))).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
