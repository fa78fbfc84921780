import { beforeAll, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { openGuardedPage, useBrowserSite } from './harness.js';
import { buildViewerTestPage, TEST_PAGE, type TestHook } from './viewer-test-page.js';

const site = useBrowserSite();

let datasetJson: string;

beforeAll(async () => {
  datasetJson = await readFile('data/blinken-beijing-talks-2023.geojson', 'utf8');
  await buildViewerTestPage();
});

async function openTestPage() {
  const guarded = await openGuardedPage(site.browser, site.server);
  await guarded.page.goto(`${site.server.url}${TEST_PAGE}`);
  await guarded.page.waitForFunction(() => 'newsmapTest' in window);
  return guarded;
}

test('destroy() leaves no node or global behind and stops following the URL', async () => {
  const { page, errors } = await openTestPage();
  const result = await page.evaluate(async (json) => {
    const globalsBefore = Object.keys(window).sort().join();
    const bodyShape = () =>
      [...document.body.querySelectorAll('*')].map((node) => node.tagName).join();
    const bodyBefore = bodyShape();
    const { createViewer } = (window as unknown as TestHook).newsmapTest;
    const container = document.createElement('div');
    container.className = 'host';
    container.style.height = '500px';
    document.body.append(container);
    const opened: string[] = [];
    const viewer = createViewer(container, {
      dataset: JSON.parse(json),
      basemap: 'offline',
      syncUrl: true,
    });
    viewer.on('open', ({ id }) => opened.push(id));
    await viewer.ready;
    const markers = container.querySelectorAll('.leaflet-marker-icon.nm-marker').length;
    viewer.openPlace('beijing');
    const popupOpen = container.querySelector('.leaflet-popup') !== null;
    viewer.destroy();
    container.remove();
    // After destroy nothing reacts: neither the URL nor a later hash change.
    location.hash = 'place=vienna';
    await new Promise((resolve) => setTimeout(resolve, 50));
    return {
      markers,
      popupOpen,
      opened,
      childrenAfter: container.childElementCount,
      bodyUnchanged: bodyShape() === bodyBefore,
      globalsUnchanged: Object.keys(window).sort().join() === globalsBefore,
      newsmapNodes: document.querySelectorAll('.newsmap, .leaflet-container').length,
    };
  }, datasetJson);
  expect(result).toEqual({
    markers: JSON.parse(datasetJson).features.length,
    popupOpen: true,
    opened: ['beijing'],
    childrenAfter: 0,
    bodyUnchanged: true,
    globalsUnchanged: true,
    newsmapNodes: 0,
  });
  expect(errors).toEqual([]);
});

test('two viewers on one page stay independent', async () => {
  const { page, errors } = await openTestPage();
  const result = await page.evaluate(async (json) => {
    const { createViewer } = (window as unknown as TestHook).newsmapTest;
    const make = () => {
      const container = document.createElement('div');
      container.style.height = '400px';
      document.body.append(container);
      return container;
    };
    const [a, b] = [make(), make()];
    const first = createViewer(a, { dataset: JSON.parse(json), basemap: 'offline' });
    const second = createViewer(b, {
      dataset: JSON.parse(json),
      basemap: 'offline',
      layout: 'compact',
    });
    await Promise.all([first.ready, second.ready]);
    const closedInSecond: string[] = [];
    second.on('close', ({ id }) => closedInSecond.push(id));
    first.openPlace('vienna');
    second.openPlace('matsu-islands');
    first.closePlace();
    const ids = [...document.querySelectorAll('[id]')].map((node) => node.id);
    return {
      firstPopups: a.querySelectorAll('.leaflet-popup').length,
      secondPopup: b.querySelector('.leaflet-popup .nm-popup__name')?.textContent,
      closedInSecond,
      duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
      hashUntouched: location.hash === '',
      secondIsSheet: b.querySelector('.newsmap')?.classList.contains('newsmap--sheet'),
    };
  }, datasetJson);
  expect(result).toEqual({
    firstPopups: 0,
    secondPopup: 'Matsu Islands',
    closedInSecond: [],
    duplicateIds: [],
    hashUntouched: true,
    secondIsSheet: true,
  });
  expect(errors).toEqual([]);
});

test('a hostile host stylesheet does not break markers, popups or the layout', async () => {
  const { page, errors } = await openTestPage();
  await page.addStyleTag({
    content: `* { box-sizing: content-box !important; } img { max-width: 10px; }
      svg { width: 2px; height: 2px; } div { padding: 7px; } ol, li, button { all: unset; }`,
  });
  const result = await page.evaluate(async (json) => {
    const { createViewer } = (window as unknown as TestHook).newsmapTest;
    const container = document.createElement('div');
    container.style.height = '600px';
    container.style.width = '1000px';
    document.body.append(container);
    const viewer = createViewer(container, { dataset: JSON.parse(json), basemap: 'offline' });
    await viewer.ready;
    viewer.openPlace('beijing');
    const size = (selector: string) => {
      const rect = container.querySelector(selector)?.getBoundingClientRect();
      return rect === undefined ? [] : [Math.round(rect.width), Math.round(rect.height)];
    };
    return {
      badge: size('.leaflet-marker-icon:not(.nm-marker--hidden) .nm-marker__badge'),
      icon: size('.leaflet-marker-icon:not(.nm-marker--hidden) .nm-marker__icon'),
      root: size('.newsmap'),
      popupWide: (size('.leaflet-popup-content-wrapper')[0] ?? 0) > 200,
      listItems: container.querySelectorAll('.nm-place-list > li').length,
    };
  }, datasetJson);
  expect(result).toEqual({
    badge: [30, 30],
    icon: [18, 18],
    root: [1000, 600],
    popupWide: true,
    listItems: JSON.parse(datasetJson).features.length,
  });
  expect(errors).toEqual([]);
});

test('an invalid dataset shows a readable error naming the feature and field, not a blank page', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  const broken = JSON.parse(datasetJson);
  broken.features[1].properties.name = '';
  await page.route('**/data/blinken-beijing-talks-2023.geojson', (route) =>
    route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(broken) }),
  );
  await page.goto(`${site.server.url}?basemap=offline`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.textContent();
  expect(text).toContain('This map cannot be shown');
  expect(text).toContain(`feature "${broken.features[1].id}" at features[1].properties.name`);
  await expect(page.locator('.leaflet-container').count()).resolves.toBe(0);

  await page.route('**/data/blinken-beijing-talks-2023.geojson', (route) =>
    route.fulfill({ status: 404, body: 'not found' }),
  );
  await page.reload();
  await page.getByRole('alert').waitFor();
  await expect(page.getByRole('alert').textContent()).resolves.toContain(
    'could not be loaded (the server answered 404)',
  );
  expect(errors).toEqual([]);
});

test('when the host page makes the map taller, the base map is drawn down to its new bottom edge', async () => {
  const { page, errors } = await openTestPage();
  const result = await page.evaluate(async (json) => {
    const { createViewer } = (window as unknown as TestHook).newsmapTest;
    const container = document.createElement('div');
    container.style.height = '400px';
    document.body.append(container);
    const viewer = createViewer(container, { dataset: JSON.parse(json), basemap: 'offline' });
    await viewer.ready;
    const map = container.querySelector('.leaflet-container');
    const uncovered = () => {
      const canvas = container.querySelector('.leaflet-container canvas');
      if (map === null || canvas === null) return Number.NaN;
      return map.getBoundingClientRect().bottom - canvas.getBoundingClientRect().bottom;
    };
    const until = async (done: () => boolean) => {
      const deadline = performance.now() + 5_000;
      while (!done() && performance.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
    };
    await until(() => uncovered() <= 0);
    const before = uncovered();
    const heightBefore = map?.getBoundingClientRect().height ?? 0;
    container.style.height = '900px';
    await until(() => uncovered() <= 0);
    return {
      before,
      after: uncovered(),
      grewBy: (map?.getBoundingClientRect().height ?? 0) - heightBefore,
    };
  }, datasetJson);
  expect(result.before).toBeLessThanOrEqual(0);
  // More than the half of its height that the base map's canvas reaches beyond the view.
  expect(result.grewBy).toBeGreaterThan(400);
  expect(result.after).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});
