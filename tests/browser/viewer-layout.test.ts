import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage, PHONE, useBrowserSite } from './harness.js';

const site = useBrowserSite();

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).boundingBox();
  if (found === null) throw new Error(`${selector} is not visible`);
  return found;
}

test('desktop: the panel stands beside the map, the full height of the window', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await page.goto(`${site.server.url}?basemap=offline`);
  await page.locator('.nm-place-list').waitFor();
  const panel = await box(page, '.nm-panel');
  const map = await box(page, '.nm-map');
  expect(panel.x).toBe(0);
  expect(panel.height).toBe(800);
  expect(map.x).toBeGreaterThanOrEqual(panel.x + panel.width);
  expect(map.width).toBeGreaterThan(800);
  // The map has the top of its column; strips such as the story bar sit below it.
  expect(map.y).toBe(0);
  expect(map.height).toBeGreaterThanOrEqual(480);
  await expect(page.locator('.nm-panel__toggle').isVisible()).resolves.toBe(false);
  // The story strip is always open beside a wide map: no toggle to fold it.
  await page.locator('.nm-timeline').waitFor();
  await expect(page.locator('.nm-story-bar__toggle').isVisible()).resolves.toBe(false);
  expect(errors).toEqual([]);
});

test('phone: the list is a bottom sheet, a tapped place opens above it, and the map pans by touch', async () => {
  const { page, context, errors } = await openGuardedPage(site.browser, site.server, {
    viewport: PHONE,
    hasTouch: true,
    isMobile: true,
  });
  await page.goto(`${site.server.url}?basemap=offline`);
  await page.locator('.nm-place-list').waitFor();
  // The story strip is folded to one line, so the map has most of the screen.
  const storyToggle = page.getByRole('button', { name: 'Story & timeline' });
  await expect(storyToggle.getAttribute('aria-expanded')).resolves.toBe('false');
  await expect(page.locator('.nm-timeline').isVisible()).resolves.toBe(false);
  const sheet = await box(page, '.nm-panel');
  const map = await box(page, '.nm-map');
  const strip = await box(page, '.nm-story-bar');
  expect(map.y).toBe(0);
  expect(map.height).toBeGreaterThanOrEqual(PHONE.height * 0.5);
  expect(strip.height).toBeLessThanOrEqual(48);
  expect(strip.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
  expect(sheet.y).toBeGreaterThanOrEqual(strip.y + strip.height - 1);
  expect(sheet.y + sheet.height).toBeLessThanOrEqual(PHONE.height + 1);

  // The list is usable: tapping a place opens its popup inside the map, above the sheet
  // and anything else stacked under the map, with its marker in sight.
  const placesLink = page.locator('.nm-panel-nav button', { hasText: 'Places' });
  if ((await placesLink.count()) > 0) await placesLink.tap();
  await page.locator('.nm-place', { hasText: 'Diaoyutai State Guesthouse' }).tap();
  await page.locator('.leaflet-popup .nm-popup__name').waitFor();
  const popup = await box(page, '.leaflet-popup-content-wrapper');
  expect(popup.y).toBeGreaterThanOrEqual(map.y);
  expect(popup.y + popup.height).toBeLessThanOrEqual(map.y + map.height);
  expect(popup.x).toBeGreaterThanOrEqual(0);
  expect(popup.x + popup.width).toBeLessThanOrEqual(PHONE.width);
  const marker = await box(page, '.nm-marker--selected .nm-marker__badge');
  expect(marker.y + marker.height).toBeLessThanOrEqual(map.y + map.height);
  // A long popup scrolls inside itself.
  const scrolls = await page
    .locator('.leaflet-popup-content')
    .evaluate((node) => node.scrollHeight > node.clientHeight);
  expect(scrolls).toBe(true);
  await page.locator('.leaflet-popup-close-button').tap();

  // Folding the sheet gives the map the screen; unfolding brings the list back.
  await page.locator('.nm-panel__toggle').tap();
  await expect(page.locator('.nm-panel__toggle').getAttribute('aria-expanded')).resolves.toBe(
    'false',
  );
  await expect(page.locator('.nm-place-list').isVisible()).resolves.toBe(false);
  await page.waitForFunction(
    (height) => (document.querySelector('.nm-map')?.clientHeight ?? 0) > height,
    map.height,
  );
  await page.locator('.nm-panel__toggle').tap();
  await page.locator('.nm-place-list').waitFor();

  // Unfolded, the strip shows the timeline and the story controls between the map and the sheet.
  await storyToggle.tap();
  await expect(storyToggle.getAttribute('aria-expanded')).resolves.toBe('true');
  await page.locator('.nm-timeline').waitFor();
  await page.getByRole('button', { name: 'Next event' }).waitFor();
  await storyToggle.tap();
  await page.locator('.nm-timeline').waitFor({ state: 'hidden' });

  // Touch panning: a one-finger drag moves the map.
  const before = await box(page, '.leaflet-marker-pane [title="Vienna"]');
  const cdp = await context.newCDPSession(page);
  const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
  await touch('touchStart', 200, 200);
  for (let step = 1; step <= 8; step++) await touch('touchMove', 200 + step * 10, 200 + step * 5);
  await touch('touchEnd', 280, 240);
  await page.waitForFunction((x) => {
    const marker = document.querySelector('.leaflet-marker-pane [title="Vienna"]');
    return marker !== null && marker.getBoundingClientRect().x > x + 40;
  }, before.x);
  expect(errors).toEqual([]);
});

test('at 320 px wide nothing spills sideways and places still open', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server, {
    viewport: { width: 320, height: 640 },
    hasTouch: true,
    isMobile: true,
  });
  await page.goto(`${site.server.url}?basemap=offline`);
  await page.locator('.nm-place-list').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(320);
  const placesLink = page.locator('.nm-panel-nav button', { hasText: 'Places' });
  if ((await placesLink.count()) > 0) await placesLink.tap();
  await page.locator('.nm-place', { hasText: 'Taiwan Strait' }).tap();
  await page.locator('.leaflet-popup .nm-popup__name').waitFor();
  const popup = await box(page, '.leaflet-popup-content-wrapper');
  expect(popup.x).toBeGreaterThanOrEqual(0);
  expect(popup.x + popup.width).toBeLessThanOrEqual(320);
  expect(errors).toEqual([]);
});

test('phone: unfolding the story strip keeps the framed places on the map', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server, {
    viewport: PHONE,
    hasTouch: true,
    isMobile: true,
  });
  await page.goto(`${site.server.url}?basemap=offline`);
  await page.locator('.nm-place-list').waitFor();
  const shownMarkers = () =>
    page.evaluate(() => {
      const map = document.querySelector('.nm-map')?.getBoundingClientRect();
      if (map === undefined) return [];
      return [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [title]')]
        .filter((marker) => {
          const box = marker.getBoundingClientRect();
          const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
          return x >= map.left && x <= map.right && y >= map.top && y <= map.bottom;
        })
        .map((marker) => marker.title)
        .sort();
    });
  const before = await shownMarkers();
  expect(before.length).toBeGreaterThan(3);
  const mapHeight = await page.locator('.nm-map').evaluate((map) => map.clientHeight);
  await page.getByRole('button', { name: 'Story & timeline' }).tap();
  await page.locator('.nm-timeline').waitFor();
  // The map is shorter now, and shows the same places.
  expect(await page.locator('.nm-map').evaluate((map) => map.clientHeight)).toBeLessThan(mapHeight);
  expect(await shownMarkers()).toEqual(before);
  expect(errors).toEqual([]);
});
