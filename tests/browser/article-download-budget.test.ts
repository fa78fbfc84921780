import { expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { openGuardedPage, useBrowserSite } from './harness.js';

const site = useBrowserSite();

// Issue 8's budget for the full viewer's JavaScript and CSS (60 KB, counted as 60 KiB): all a
// reader of the article downloads while the tiles load, the story panels with the rest. The
// offline base map, which only a reader whose tiles fail needs, and code that comes only when
// a reader asks for it (a journey's popup, the embed dialog) are outside it.
const FULL_VIEWER_BUDGET_BYTES = 60 * 1024;

test(`a reader of the article downloads at most ${FULL_VIEWER_BUDGET_BYTES} bytes of JavaScript and CSS, gzipped`, async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  const downloads = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!/\.(js|css)$/.test(url.pathname) || !response.ok()) return;
    downloads.set(
      url.pathname,
      response.body().then((body) => gzipSync(body, { level: 9 }).length),
    );
  });
  // Tiles that are asked for (and refused here) never bring the offline base map.
  await page.goto(`${site.server.url}?basemap=tiles`);
  await page.locator('.nm-story-bar__content').waitFor();
  await page.locator('.nm-journeys').waitFor();
  await page.waitForLoadState('networkidle');

  const sizes = new Map<string, number>();
  for (const [file, size] of downloads) sizes.set(file, await size);
  const files = [...sizes.keys()];
  // What it counts: the script, Leaflet, the validator and the story panels with their styles.
  expect(files.some((file) => /\/viewer\.js$/.test(file))).toBe(true);
  expect(files.some((file) => /\/read-dataset-[^/]*\.js$/.test(file))).toBe(true);
  expect(files.some((file) => /\/story-panels-[^/]*\.js$/.test(file))).toBe(true);
  expect(files.some((file) => /\/story-panels\.css$/.test(file))).toBe(true);
  expect(files.filter((file) => /offline-basemap|journey-popup-content/.test(file))).toEqual([]);

  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  const breakdown = [...sizes].map(([file, size]) => `${file} ${size}`).join(', ');
  expect(total, `gzip bytes: ${breakdown}`).toBeLessThanOrEqual(FULL_VIEWER_BUDGET_BYTES);
  expect(errors).toEqual([]);
});

test('a journey opened from the list shows its popup, its code fetched on that first opening', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(`${site.server.url}?basemap=tiles`);
  await page.locator('.nm-journeys').waitFor();
  await page.waitForLoadState('networkidle');
  const popupCode = () => asked.filter((file) => /journey-popup-content-[^/]*\.js$/.test(file));
  expect(popupCode()).toEqual([]);

  await page.locator('.nm-journeys__button').first().click();
  const heading = page.locator('.leaflet-popup .nm-journey-popup .nm-popup__name');
  await heading.waitFor();
  await expect(heading.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
  expect(popupCode()).toHaveLength(1);
  expect(errors).toEqual([]);
});
