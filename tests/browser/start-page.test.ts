import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { launchBrowser, openGuardedPage, serveDist } from './harness.js';
import type { StaticServer } from '../../src/server/static-server.js';
import { parseDatasetJson } from '../../src/schema/validate-dataset.js';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveDist();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the served page shows one marker per place of the bundled article, without the internet', async () => {
  const dataset = parseDatasetJson(
    await readFile('data/blinken-beijing-talks-2023.geojson', 'utf8'),
  );
  const { page, errors } = await openGuardedPage(browser, server);
  await page.goto(server.url);
  await page.locator('.leaflet-marker-icon').first().waitFor({ state: 'attached' });
  expect(await page.locator('.leaflet-marker-icon').count()).toBe(dataset.features.length);
  expect(errors).toEqual([]);
});
