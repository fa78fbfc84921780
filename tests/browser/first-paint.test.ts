import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage, useBrowserSite } from './harness.js';
import { must } from './viewer-test-page.js';

const site = useBrowserSite();

interface PaintOrder {
  markersPainted?: number;
  firstTile?: number;
  placeList?: number;
}

/** The place's popup is open, and its list item is the current one. */
async function expectOpenOnMapAndInList(page: Page, name: string): Promise<void> {
  await expect(page.locator('.leaflet-popup .nm-popup__name').textContent()).resolves.toBe(name);
  await expect(
    page.locator('.nm-place[aria-current="true"] .nm-place__name').textContent(),
  ).resolves.toBe(name);
}

declare global {
  interface Window {
    paintOrder?: PaintOrder;
  }
}

test('the first frame shows the markers: the first tile and the place list come after it', async () => {
  const { page, context, errors } = await openGuardedPage(site.browser, site.server);
  await context.addInitScript(() => {
    const order: PaintOrder = {};
    window.paintOrder = order;
    new MutationObserver(() => {
      order.firstTile ??= document.querySelector('img.leaflet-tile')
        ? performance.now()
        : undefined;
      order.placeList ??= document.querySelector('.nm-place') ? performance.now() : undefined;
      if (order.markersPainted !== undefined || !document.querySelector('.leaflet-marker-icon'))
        return;
      order.markersPainted = Number.POSITIVE_INFINITY;
      // The second frame's callbacks run once the first frame with the markers was produced.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          order.markersPainted = performance.now();
        }),
      );
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(site.server.url);
  // Refused at once, the tiles leave the page soon after: what counts is when the first came.
  await page.waitForFunction(
    () => window.paintOrder?.firstTile !== undefined && window.paintOrder.placeList !== undefined,
  );
  const order = must(await page.evaluate(() => window.paintOrder), 'the paint order');
  const painted = must(order.markersPainted, 'markers painted');
  expect(painted).toBeLessThan(Number.POSITIVE_INFINITY);
  expect(order.firstTile).toBeGreaterThan(painted);
  expect(order.placeList).toBeGreaterThan(painted);
  // And the list, drawn late, still follows the map and the reader.
  await page.locator('.nm-place', { hasText: 'Vienna' }).click();
  await expectOpenOnMapAndInList(page, 'Vienna');
  expect(errors).toEqual([]);
});

test('a place opened by its link at load is the current item of the list drawn after it', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await page.goto(`${site.server.url}#place=vienna`);
  await expectOpenOnMapAndInList(page, 'Vienna');
  expect(errors).toEqual([]);
});
