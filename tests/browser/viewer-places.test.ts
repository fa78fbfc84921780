import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage, readArticleDataset, useBrowserSite } from './harness.js';
import { must, readOpenPopup } from './viewer-test-page.js';
import type { PlaceFeature } from '../../src/schema/dataset-schema.js';

const site = useBrowserSite();

const dataset = readArticleDataset();

/** What the popup of a place must say: exactly its captions and quotations, as text. */
function expectedPopup(feature: PlaceFeature) {
  const { name, captions, quotes } = feature.properties;
  return {
    name,
    captions: captions.map((caption) => caption.text),
    quotes: quotes.map((quote) => quote.text),
    speakers: quotes.map((quote) => quote.speaker),
  };
}

function focusPlaces(): PlaceFeature[] {
  return dataset.features.filter((feature) => feature.properties.focus);
}

async function openViewer(page: Page, suffix = '?basemap=offline') {
  await page.goto(`${site.server.url}${suffix}`);
  await page.locator('.nm-place-list').waitFor();
}

const markerOf = (page: Page, name: string) =>
  page.locator(`.leaflet-marker-pane [role="button"][title="${name}"]`);

test('the page shows one marker per place, each a named button, and the story frames its focus places', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await openViewer(page);
  const markers = page.locator('.leaflet-marker-pane .leaflet-marker-icon');
  expect(await markers.count()).toBe(dataset.features.length);
  const names = await markers.evaluateAll((nodes) =>
    nodes.map((node) => [
      node.getAttribute('role'),
      node.getAttribute('tabindex'),
      node.textContent,
    ]),
  );
  expect(names.map(([role]) => role)).toEqual(dataset.features.map(() => 'button'));
  expect(names.map(([, tabindex]) => tabindex)).toEqual(dataset.features.map(() => '0'));
  expect(names.map(([, , text]) => text).sort()).toEqual(
    dataset.features.map((feature) => feature.properties.name).sort(),
  );
  // Every focus place is on screen inside the map; wider places wait until the reader zooms out.
  const map = must(await page.locator('.nm-map').boundingBox(), 'the map');
  for (const place of focusPlaces()) {
    const box = must(await markerOf(page, place.properties.name).boundingBox(), place.id);
    expect(box.x >= map.x && box.x + box.width <= map.x + map.width, place.id).toBe(true);
    expect(box.y >= map.y && box.y + box.height <= map.y + map.height, place.id).toBe(true);
  }
  const wider = dataset.features.filter(
    (f) => !f.properties.focus && f.properties.precision === 'area',
  );
  for (const place of wider)
    await expect(markerOf(page, place.properties.name).isVisible()).resolves.toBe(false);
  await page.locator('.leaflet-control-zoom-out').click();
  await page.locator('.leaflet-control-zoom-out').click();
  for (const place of wider) await markerOf(page, place.properties.name).waitFor();
  expect(errors).toEqual([]);
});

describe('each focus place, clicked on the map, shows exactly its captions and quotations', () => {
  test.each([
    'diaoyutai-state-guesthouse',
    'beijing',
    'taiwan-strait',
    'cape-maobitou-park',
    'vienna',
    'changi-naval-base',
    'matsu-islands',
  ])('%s', async (id) => {
    const place = must(
      dataset.features.find((feature) => feature.id === id),
      id,
    );
    expect(place.properties.focus).toBe(true);
    const { page, errors } = await openGuardedPage(site.browser, site.server);
    await openViewer(page);
    await markerOf(page, place.properties.name).locator('.nm-marker__badge').click();
    await page.locator('.leaflet-popup').waitFor();
    expect(await readOpenPopup(page)).toEqual(expectedPopup(place));
    // The list follows the map: the place's item is marked as the current one.
    await expect(
      page.locator('.nm-place[aria-current="true"] .nm-place__name').textContent(),
    ).resolves.toBe(place.properties.name);
    expect(page.url()).toMatch(new RegExp(`#place=${id}$`));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

test('the seven places the story is about are those the tests above click', () => {
  expect(
    focusPlaces()
      .map((feature) => feature.id)
      .sort(),
  ).toEqual([
    'beijing',
    'cape-maobitou-park',
    'changi-naval-base',
    'diaoyutai-state-guesthouse',
    'matsu-islands',
    'taiwan-strait',
    'vienna',
  ]);
});

test('the list holds every place in order of first mention, and each opens its popup in view', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await openViewer(page);
  const firstMention = (feature: PlaceFeature) =>
    Math.min(...feature.properties.mentions.map((mention) => mention.start));
  const expectedOrder = [...dataset.features]
    .sort((a, b) => firstMention(a) - firstMention(b))
    .map((feature) => feature.properties.name);
  const items = page.locator('.nm-place-list > li > button.nm-place');
  expect(await items.locator('.nm-place__name').allTextContents()).toEqual(expectedOrder);

  const historyLength = await page.evaluate(() => history.length);
  for (const name of expectedOrder) {
    const place = must(
      dataset.features.find((feature) => feature.properties.name === name),
      name,
    );
    await items
      .filter({ has: page.locator('.nm-place__name', { hasText: name }) })
      .first()
      .click();
    await page.locator(`.leaflet-popup .nm-popup__name:text-is("${name}")`).waitFor();
    expect(await readOpenPopup(page)).toEqual(expectedPopup(place));
    // In view: the popup lies inside the map, and so does its place's marker.
    const map = must(await page.locator('.nm-map').boundingBox(), 'the map');
    const popup = must(
      await page.locator('.leaflet-popup-content-wrapper').boundingBox(),
      'the popup',
    );
    expect(popup.y >= map.y && popup.y + popup.height <= map.y + map.height, name).toBe(true);
    const marker = must(await markerOf(page, name).boundingBox(), `${name}'s marker`);
    expect(marker.y + marker.height / 2 <= map.y + map.height, name).toBe(true);
    await expect(markerOf(page, name).getAttribute('class')).resolves.toContain(
      'nm-marker--selected',
    );
    expect(new URL(page.url()).hash).toBe(`#place=${place.id}`);
    // An area place shows its extent.
    expect(await page.locator('.nm-extent').count(), name).toBe(place.properties.extent ? 1 : 0);
  }
  // replaceState: opening places adds no history entries, so Back still leaves the page.
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(errors).toEqual([]);
});

test('#place=matsu-islands opens that popup on load; opening another place updates the hash', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await openViewer(page, '?basemap=offline#place=matsu-islands');
  await page.locator('.leaflet-popup .nm-popup__name:text-is("Matsu Islands")').waitFor();
  await expect(page.locator('.nm-extent').count()).resolves.toBe(1);
  await page.locator('.nm-place', { hasText: 'Cape Maobitou Park' }).click();
  await page.locator('.leaflet-popup .nm-popup__name:text-is("Cape Maobitou Park")').waitFor();
  expect(new URL(page.url()).hash).toBe('#place=cape-maobitou-park');
  await page.locator('.leaflet-popup-close-button').click();
  await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
  expect(new URL(page.url()).hash).toBe('');
  expect(errors).toEqual([]);
});

test('ids from the URL are looked up safely: __proto__ and unknown ids open nothing', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  for (const id of ['__proto__', 'constructor', 'toString', 'no-such-place']) {
    await openViewer(page, `?basemap=offline#place=${id}`);
    await page.reload();
    await page.locator('.nm-place-list').waitFor();
    await expect(page.locator('.leaflet-popup').count()).resolves.toBe(0);
  }
  // A hash the reader edits by hand is followed too.
  await page.evaluate(() => {
    location.hash = 'place=beijing';
  });
  await page.locator('.leaflet-popup .nm-popup__name:text-is("Beijing")').waitFor();
  expect(errors).toEqual([]);
});

test('quotations tied to no place are all in the panel, under "Quoted in the article"', async () => {
  const { page } = await openGuardedPage(site.browser, site.server);
  await openViewer(page);
  const section = page.locator('.nm-untied');
  await expect(section.locator('h2').textContent()).resolves.toBe('Quoted in the article');
  expect(await section.locator('.nm-quote__text').allTextContents()).toEqual(
    dataset.article.untiedQuotes.map((quote) => quote.text),
  );
  expect(await section.locator('.nm-quote__speaker').allTextContents()).toEqual(
    dataset.article.untiedQuotes.map((quote) => quote.speaker),
  );
});
