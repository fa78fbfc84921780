import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openGuardedPage, useBrowserSite } from './harness.js';
import { startStaticServer, type StaticServer } from '../../src/server/static-server.js';
import { buildSyntheticDataset } from '../../bench/generate-dataset.js';
import { READ_IN_PAGE_MAX_BYTES } from '../../src/viewer/load-dataset.js';

const site = useBrowserSite();

// A dataset over READ_IN_PAGE_MAX_BYTES is parsed on the page while a worker validates it, its
// places packed and shared as they are read (compact-arriving-places.ts): 160,000 generated
// places are 73 MB, about the smallest dataset that takes that path.
const PLACES = 160_000;
const dataset = buildSyntheticDataset(PLACES, 13);
const text = JSON.stringify(dataset);
const opened = dataset.features[123_456];
let folder = '';
// Served over HTTP, not through the test's route handler: 73 MB through the DevTools protocol
// take longer than the page does.
let dataServer: StaticServer | undefined;

beforeAll(async () => {
  if (Buffer.byteLength(text) <= READ_IN_PAGE_MAX_BYTES) throw new Error('too small to be packed');
  folder = await mkdtemp(path.join(os.tmpdir(), 'newsmap-compact-'));
  await writeFile(path.join(folder, 'large.geojson'), text);
  dataServer = await startStaticServer({ root: folder });
});
afterAll(async () => {
  await dataServer?.close();
  await rm(folder, { recursive: true, force: true });
});

describe(`a dataset of ${PLACES.toLocaleString('en')} places, packed on the page`, () => {
  test('opens a deep-linked place with its text, and story mode steps through its events', async () => {
    if (opened === undefined || dataServer === undefined) throw new Error('nothing to open');
    const large = new URL('large.geojson', dataServer.url).href;
    const { page, errors, context } = await openGuardedPage(site.browser, site.server);
    await page.route('**/data/blinken-beijing-talks-2023.geojson', (route) =>
      route.continue({ url: large }),
    );
    await page.goto(new URL(`index.html#place=${opened.id}`, site.server.url).href);

    const popup = page.locator('.leaflet-popup');
    await expect
      .poll(
        () =>
          popup
            .locator('.nm-popup__name')
            .textContent()
            .catch(() => null),
        {
          timeout: 120_000,
        },
      )
      .toBe(opened.properties.name);
    expect(await popup.textContent()).toContain(opened.properties.events[0]?.summary);

    await page.getByRole('button', { name: 'Next event' }).click({ timeout: 60_000 });
    await page
      .locator('.nm-story__position', { hasText: `1 of ${PLACES.toLocaleString('en')}` })
      .waitFor();
    const stepPlace = await page.locator('.nm-story__place').textContent();
    // The map flies to the step's place, then opens it.
    await expect
      .poll(() => popup.locator('.nm-popup__name').textContent(), { timeout: 30_000 })
      .toBe(stepPlace);
    const place = dataset.features.find((feature) => feature.properties.name === stepPlace);
    expect(await page.locator('.nm-story__sentence').textContent()).toBe(
      place?.properties.events[0]?.summary,
    );
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
