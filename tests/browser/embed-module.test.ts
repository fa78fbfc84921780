import { expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { useBrowserSite } from './harness.js';
import { openHostPage, startHostPageServer } from './embed-host-pages.js';

const site = useBrowserSite({ hostPages: startHostPageServer });

interface HostPageState {
  maps: { openPlace(id: string): boolean; destroy(): void }[];
  opened: string[][];
  addedGlobals: string[];
}

/** module.html (two maps from `mount`), with or without the hostile stylesheet. */
async function openModulePage(hostile: boolean): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openHostPage(site.browser, [site.server, site.host]);
  await page.goto(`${site.host.url}module.html${hostile ? '' : '?hostile=0'}`);
  await page.waitForFunction(() => 'hostPage' in window);
  await page.locator('#first .leaflet-popup', { hasText: 'Matsu Islands' }).waitFor();
  // The journeys' end labels come with the story panels' chunk, after the first paint, all in
  // one task: once one is there, every marker is.
  await page.locator('#first .nm-journey-end').first().waitFor({ state: 'attached' });
  // Every tile of the first map's view has arrived (they are drawn by the host server).
  await page.waitForFunction(() => {
    const root = document.querySelector('#first > div')?.shadowRoot;
    const tiles = [...(root?.querySelectorAll('img.leaflet-tile') ?? [])];
    return (
      tiles.length > 0 && tiles.every((tile) => tile.classList.contains('leaflet-tile-loaded'))
    );
  });
  return { page, errors };
}

/** Where each visible thing sits, relative to its map's top-left corner, and its size. */
function layoutOf(map: Locator, selector: string) {
  return map.evaluate((container, inner) => {
    const origin = container.getBoundingClientRect();
    return [...container.querySelectorAll(inner)]
      .filter((item) => item.getBoundingClientRect().width > 0)
      .map((item) => {
        const box = item.getBoundingClientRect();
        return [box.left - origin.left, box.top - origin.top, box.width, box.height].map(
          Math.round,
        );
      });
  }, selector);
}

test('two maps from the module work independently and add nothing to window', async () => {
  const { page, errors } = await openModulePage(true);
  const state = () =>
    page.evaluate(() => (window as unknown as { hostPage: HostPageState }).hostPage);
  expect((await state()).addedGlobals).toEqual([]);
  // The host page's own `L` is still its own.
  expect(await page.evaluate(() => (window as unknown as { L: unknown }).L)).toEqual({
    hostLeaflet: true,
  });

  await page.evaluate(() =>
    (window as unknown as { hostPage: HostPageState }).hostPage.maps[1]?.openPlace('beijing'),
  );
  await page.locator('#second .leaflet-popup', { hasText: 'Beijing' }).waitFor();
  await expect(page.locator('#first .leaflet-popup').textContent()).resolves.toContain(
    'Matsu Islands',
  );
  expect((await state()).opened).toEqual([['matsu-islands'], ['beijing']]);
  expect(errors).toEqual([]);
});

test('in a 420 px high container the compact map has the room: the story strip and the list are folded', async () => {
  const { page, errors } = await openModulePage(false);
  const first = page.locator('#first');
  expect(await first.evaluate((node) => node.getBoundingClientRect().height)).toBe(420);
  expect(await first.locator('.nm-map').evaluate((map) => map.clientHeight)).toBeGreaterThanOrEqual(
    250,
  );
  const storyToggle = first.getByRole('button', { name: 'Story & timeline' });
  expect(await storyToggle.getAttribute('aria-expanded')).toBe('false');
  expect(await first.locator('.nm-timeline').isVisible()).toBe(false);
  expect(await first.locator('.nm-panel-nav').isVisible()).toBe(false);
  // Unfolded, the strip shows the timeline and the story controls inside the same 420 px.
  await storyToggle.click();
  await first.locator('.nm-timeline').waitFor();
  await first.getByRole('button', { name: 'Next event' }).waitFor();
  expect(await first.evaluate((node) => node.getBoundingClientRect().height)).toBe(420);
  expect(errors).toEqual([]);
});

test('hostile host CSS does not move, resize or hide anything in the map', async () => {
  const clean = await openModulePage(false);
  const hostile = await openModulePage(true);
  const first = (page: Page) => page.locator('#first .leaflet-container');
  for (const selector of [
    '.leaflet-marker-icon',
    'img.leaflet-tile',
    '.leaflet-popup',
    '.leaflet-control-zoom a',
  ]) {
    const expected = await layoutOf(first(clean.page), selector);
    expect(expected.length, selector).toBeGreaterThan(0);
    expect(await layoutOf(first(hostile.page), selector), selector).toEqual(expected);
  }
  // Tiles keep their size (256 px, scaled at a fractional zoom) under `img { max-width: 10px }`.
  const tileSizes = await layoutOf(first(hostile.page), 'img.leaflet-tile');
  const [, , tileWidth = 0] = tileSizes[0] ?? [];
  expect(tileWidth).toBeGreaterThan(128);
  expect(
    tileSizes.every(([, , width, height]) => width === tileWidth && height === tileWidth),
  ).toBe(true);
  // The offline base map's canvas is drawn although the page hides every canvas.
  const second = hostile.page.locator('#second .leaflet-container');
  expect(await layoutOf(second, 'canvas')).toEqual(
    await layoutOf(clean.page.locator('#second .leaflet-container'), 'canvas'),
  );
  await mkdir('test-results', { recursive: true });
  await hostile.page.screenshot({ path: 'test-results/embed-module-hostile.png', fullPage: true });
  expect(hostile.errors).toEqual([]);
});

test('destroy() takes out every node and listener the maps added', async () => {
  const { page, errors } = await openModulePage(true);
  // A drag leaves Leaflet's traces on window and document, if anything does.
  const box = await page.locator('#second .leaflet-container').boundingBox();
  if (box === null) throw new Error('the second map is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 3 + 40, { steps: 5 });
  await page.mouse.up();

  const after = await page.evaluate((origin) => {
    const win = window as unknown as {
      hostPage: HostPageState;
      listenerLedger: { attached(origin: string): string[] };
    };
    const listening = win.listenerLedger.attached(origin);
    const before = Object.getOwnPropertyNames(window);
    win.hostPage.maps.forEach((map) => map.destroy());
    return {
      first: document.getElementById('first')?.childNodes.length,
      second: document.getElementById('second')?.childNodes.length,
      listenedBefore: listening.length > 0,
      listeners: win.listenerLedger.attached(origin),
      removedGlobals: before.filter((name) => !Object.getOwnPropertyNames(window).includes(name)),
      leftGlobals: Object.getOwnPropertyNames(window).filter((name) => name.startsWith('_leaflet')),
    };
  }, new URL(site.server.url).origin);
  expect(after).toEqual({
    first: 0,
    second: 0,
    listenedBefore: true,
    listeners: [],
    removedGlobals: [],
    leftGlobals: [],
  });
  expect(errors).toEqual([]);
});
