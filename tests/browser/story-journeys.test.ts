import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage, readArticleDataset, useBrowserSite } from './harness.js';
import { must } from './story-page.js';

const site = useBrowserSite();

const dataset = readArticleDataset();

async function openViewer(page: Page) {
  await page.goto(`${site.server.url}?basemap=offline`);
  await page.locator('.nm-journeys').waitFor();
}

/** The journeys of the open journey popup, by id, with the sentence each quotes. */
const popupJourneys = (page: Page) =>
  page
    .locator('.leaflet-popup .nm-journey')
    .evaluateAll((nodes) =>
      nodes.map((node) => [
        (node as HTMLElement).dataset['journeyId'],
        node.querySelector('.nm-journey__sentence')?.textContent,
      ]),
    );

const sentenceOf = (id: string) => {
  const journey = must(
    dataset.article.journeys.find((candidate) => candidate.id === id),
    id,
  );
  return must(dataset.article.sentences[journey.sentence], `sentence of ${id}`).text;
};

test('every journey has an arc, one per pair of places, each drawn as one continuous line', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await openViewer(page);
  const pairs = new Set(dataset.article.journeys.map((j) => [j.from, j.to].sort().join('--')));
  const arcs = await page
    .locator('path.nm-journey-line')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('d') ?? ''));
  expect(arcs).toHaveLength(pairs.size);
  // The map's scale, from two markers 100° of longitude apart.
  const vienna = must(
    await page.locator('.leaflet-marker-icon[title="Vienna"]').boundingBox(),
    'Vienna',
  );
  const beijingBox = must(
    await page.locator('.leaflet-marker-icon[title="Beijing"]').boundingBox(),
    'Beijing',
  );
  const pixelsPerDegree = (beijingBox.x - vienna.x) / (116.39723 - 16.37208);
  for (const d of arcs) {
    // One subpath ("M"), never two pieces; and no step of half the world or more, which is what
    // a line wrapped at 180° draws (Washington to China passes near the pole, where a great
    // circle turns through 145° of longitude in a few points, so the limit is not tighter).
    expect(d.match(/M/g)).toHaveLength(1);
    const points = [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map(([, x]) => Number(x));
    const steps = points.slice(1).map((x, i) => Math.abs(x - (points[i] ?? x)));
    expect(points.length).toBeGreaterThan(10);
    expect(Math.max(...steps) / pixelsPerDegree).toBeLessThan(180);
  }
  const ids = await page
    .locator('path.nm-journey-hit')
    .evaluateAll((paths) =>
      paths.map((path) =>
        ((path as SVGElement).dataset['routeId'] ?? '').split('--').sort().join('--'),
      ),
    );
  expect(new Set(ids)).toEqual(pairs);
  // The Washington–Beijing arc runs over the Pacific: east of Beijing on screen, not west across Europe.
  await page.locator('.leaflet-control-zoom-out').click();
  await page.locator('.leaflet-control-zoom-out').click();
  const arc = must(
    await page.locator('path.nm-journey-hit[data-route-id="washington--beijing"]').boundingBox(),
    'the Washington–Beijing arc',
  );
  const beijing = must(
    await page.locator('.leaflet-marker-icon[title="Beijing"]').boundingBox(),
    'Beijing',
  );
  expect(arc.x).toBeGreaterThan(beijing.x - 5);
  expect(errors).toEqual([]);
});

test('each journey in the panel opens its arc’s popup, which quotes its sentence', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server, {
    reducedMotion: 'reduce',
  });
  await openViewer(page);
  const buttons = page.locator('.nm-journeys__button');
  expect(await buttons.count()).toBe(dataset.article.journeys.length);
  for (const journey of dataset.article.journeys) {
    await page.locator(`.nm-journeys__button[data-journey-id="${journey.id}"]`).click();
    await page.locator(`.leaflet-popup .nm-journey[data-journey-id="${journey.id}"]`).waitFor();
    const shown = await popupJourneys(page);
    expect(shown).toContainEqual([journey.id, sentenceOf(journey.id)]);
    // Every journey of the route, and only those, with the right sentences.
    const route = dataset.article.journeys.filter(
      (other) => [other.from, other.to].sort().join() === [journey.from, journey.to].sort().join(),
    );
    expect(shown).toEqual(route.map((other) => [other.id, sentenceOf(other.id)]));
    // Focus moved into the popup, to its heading.
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains('nm-popup__name')),
    ).resolves.toBe(true);
  }
  await expect(
    page.locator('.leaflet-popup .nm-journey__date').first().textContent(),
  ).resolves.toMatch(/^(\d+ \w+ 2023|\w+ 2023 \(month only\)|Date not given)$/);
  expect(errors).toEqual([]);
});

test('an arc is clickable with the mouse and reachable with the keyboard', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await openViewer(page);
  const route = 'beijing--vienna';
  // A point halfway along the arc, in page coordinates.
  const point = await page
    .locator(`path.nm-journey-hit[data-route-id="${route}"]`)
    .evaluate((node) => {
      const path = node as SVGPathElement;
      const middle = path.getPointAtLength(path.getTotalLength() / 2);
      const matrix = path.getScreenCTM() ?? new DOMMatrix();
      return { x: middle.x * matrix.a + matrix.e, y: middle.y * matrix.d + matrix.f };
    });
  await page.mouse.click(point.x, point.y);
  await page.locator('.leaflet-popup .nm-journey[data-journey-id="wang-yi-to-vienna"]').waitFor();
  await expect(page.locator('.leaflet-popup .nm-popup__name').textContent()).resolves.toBe(
    'Beijing – Vienna',
  );
  await page.locator('.leaflet-popup-close-button').click();
  await page.locator('.leaflet-popup').waitFor({ state: 'detached' });

  const arc = page.locator(`path.nm-journey-hit[data-route-id="${route}"]`);
  await expect(arc.getAttribute('tabindex')).resolves.toBe('0');
  await expect(arc.getAttribute('aria-label')).resolves.toBe('Journey Beijing – Vienna: Wang Yi');
  await arc.focus();
  await page.keyboard.press('Enter');
  await page.locator('.leaflet-popup .nm-journey[data-journey-id="wang-yi-to-vienna"]').waitFor();
  // Escape closes it and gives focus back to the arc; Enter opens it again.
  await page.keyboard.press('Escape');
  await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
  await expect(
    page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset['routeId']),
  ).resolves.toBe(route);
  await page.keyboard.press('Enter');
  await page.locator('.leaflet-popup .nm-journey[data-journey-id="wang-yi-to-vienna"]').waitFor();
  // "Read in the article" highlights the journey's sentence.
  await page.locator('.leaflet-popup .nm-read-article').click();
  const journey = must(
    dataset.article.journeys.find((candidate) => candidate.id === 'wang-yi-to-vienna'),
    'wang-yi-to-vienna',
  );
  await expect(
    page
      .locator('.nm-sentence--highlight')
      .evaluateAll((nodes) =>
        nodes.map((node) => Number((node as HTMLElement).dataset['sentence'])),
      ),
  ).resolves.toEqual([journey.sentence]);
  expect(errors).toEqual([]);
});
