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
