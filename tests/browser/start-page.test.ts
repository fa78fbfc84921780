import { expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { openGuardedPage, useBrowserSite } from './harness.js';
import { parseDatasetJson } from '../../src/schema/validate-dataset.js';

const site = useBrowserSite();

test('the served page shows one marker per place of the bundled article, without the internet', async () => {
  const dataset = parseDatasetJson(
    await readFile('data/blinken-beijing-talks-2023.geojson', 'utf8'),
  );
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await page.goto(site.server.url);
  await page.locator('.leaflet-marker-icon.nm-marker').first().waitFor({ state: 'attached' });
  expect(await page.locator('.leaflet-marker-icon.nm-marker').count()).toBe(
    dataset.features.length,
  );
  expect(errors).toEqual([]);
});

test.each(['index.html', 'embed.html'])(
  'the page %s names a tab icon that the site serves, and asks for nothing the site lacks',
  async (pagePath) => {
    const { page, errors } = await openGuardedPage(site.browser, site.server);
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(site.server.url + pagePath);
    await page.locator('.leaflet-marker-icon.nm-marker').first().waitFor({ state: 'attached' });
    const icon = await page.evaluate(() =>
      document.querySelector('link[rel="icon"]')?.getAttribute('href'),
    );
    expect(icon).toBeTruthy();
    const served = await page.request.get(new URL(icon ?? '', page.url()).href);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/png');
    // A PNG, 32 pixels square (its header's width and height).
    const png = await served.body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
    // The browser asks for the icon by itself a little after the page has loaded.
    await page.waitForTimeout(500);
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
  },
);
