import { expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { useBrowserSite } from './harness.js';
import { openHostPage, startHostPageServer } from './embed-host-pages.js';

const site = useBrowserSite({ hostPages: startHostPageServer });

const MAP = '#map .leaflet-container';
// mount() puts the map in a shadow root, on an element it adds to #map.
const MAP_HOST = '#map > div';

/** gestures.html: a long article with a mounted map in the middle, scrolled into view. */
async function openArticle(hasTouch: boolean): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openHostPage(site.browser, [site.server, site.host], {
    viewport: { width: 800, height: 700 },
    hasTouch,
  });
  await page.goto(`${site.host.url}gestures.html`);
  await page.locator('body[data-ready]').waitFor({ state: 'attached' });
  await page.evaluate(() => window.scrollTo(0, 700));
  return { page, errors };
}

/** Where the map's markers are drawn, relative to the map: it changes when the map moves. */
function readMarkerLayout(shadowHost: string): string {
  const map = document.querySelector(shadowHost)?.shadowRoot?.querySelector('.leaflet-container');
  const origin = map?.getBoundingClientRect();
  if (map === undefined || map === null || origin === undefined) return 'no map';
  const boxes = [...map.querySelectorAll('.leaflet-marker-icon.nm-marker')]
    .map((marker) => marker.getBoundingClientRect())
    .filter((box) => box.width > 0)
    .map((box) => [Math.round(box.left - origin.left), Math.round(box.top - origin.top)]);
  return JSON.stringify(boxes);
}
const markerLayout = (page: Page) => page.evaluate(readMarkerLayout, MAP_HOST);
/** Waits until the map has moved or zoomed: its markers stand elsewhere. */
const mapMovedFrom = (page: Page, before: string) =>
  page.waitForFunction(
    `(${readMarkerLayout.toString()})(${JSON.stringify(MAP_HOST)}) !== ${JSON.stringify(before)}`,
  );

/** The page's scroll position once it has come to rest (wheel and fling scrolls animate). */
const settledScrollY = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = Number.NaN;
        let still = 0;
        const watch = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 10) resolve(last);
          else requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      }),
  );

async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator(MAP).boundingBox();
  if (box === null) throw new Error('the map is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('the scroll wheel scrolls the page until the reader clicks the map, then zooms it', async () => {
  const { page, errors } = await openArticle(false);
  // This page had no `L` of its own, and the map's Leaflet leaves none behind.
  expect(await page.evaluate(() => 'L' in window)).toBe(false);
  const centre = await mapCentre(page);
  const markers = await markerLayout(page);
  const top = await settledScrollY(page);

  await page.mouse.move(centre.x, centre.y);
  await page.mouse.wheel(0, 100);
  await page.waitForFunction((before) => window.scrollY > before, top);
  expect(await markerLayout(page)).toEqual(markers);
  await expect(page.locator('#map .nm-gesture-hint').textContent()).resolves.toBe(
    'Click the map, then scroll to zoom',
  );

  const scrolled = await settledScrollY(page);
  const { x, y } = await mapCentre(page);
  // An empty spot of the map, away from the markers: the reader clicks to start using it.
  await page.mouse.click(x - 60, y);
  await page.mouse.wheel(0, -400);
  await mapMovedFrom(page, markers);
  expect(await settledScrollY(page)).toBe(scrolled);
  expect(errors).toEqual([]);
});

async function drag(cdp: CDPSession, from: { x: number; y: number }[], dy: number): Promise<void> {
  const at = (offset: number) => from.map(({ x, y }, id) => ({ x, y: y + offset, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= 8; step += 1)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: at((dy * step) / 8),
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('on touch, one finger scrolls the page and shows how to pan; two fingers move the map', async () => {
  const { page, errors } = await openArticle(true);
  const cdp = await page.context().newCDPSession(page);
  const { x, y } = await mapCentre(page);
  const markers = await markerLayout(page);
  const top = await settledScrollY(page);

  await drag(cdp, [{ x, y: y + 60 }], -150);
  await page.waitForFunction((before) => window.scrollY > before, top);
  expect(await markerLayout(page)).toEqual(markers);
  await expect(page.locator('#map .nm-gesture-hint').textContent()).resolves.toBe(
    'Use two fingers to move the map',
  );

  const scrolled = await settledScrollY(page);
  const centre = await mapCentre(page);
  await drag(
    cdp,
    [
      { x: centre.x - 40, y: centre.y },
      { x: centre.x + 40, y: centre.y },
    ],
    -80,
  );
  await mapMovedFrom(page, markers);
  expect(await settledScrollY(page)).toBe(scrolled);
  expect(errors).toEqual([]);
});
