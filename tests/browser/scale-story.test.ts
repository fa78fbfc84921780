import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage, type GuardedPage, useBrowserSite } from './harness.js';
import { buildSyntheticDataset } from '../../bench/generate-dataset.js';
import { buildStorySteps } from '../../src/viewer/story-steps.js';

const site = useBrowserSite();

// Ten times the threshold at which the timeline used to squeeze the map to nothing.
const EVENTS = 10_000;
const dataset = buildSyntheticDataset(EVENTS, 11);
const body = JSON.stringify(dataset);
const chronological = [...(await buildStorySteps(dataset.features, 'chronological'))];
// A bar per week over a year, the month ticks and the track: well under this, whatever the count.
const TIMELINE_NODE_BUDGET = 400;

/** The full viewer at 1280x800, given the synthetic dataset in place of the article's. */
async function openLargeStory(hash = ''): Promise<GuardedPage> {
  const guarded = await openGuardedPage(site.browser, site.server, {
    viewport: { width: 1280, height: 800 },
  });
  await guarded.page.route('**/data/blinken-beijing-talks-2023.geojson', (route) =>
    route.fulfill({ body, contentType: 'application/geo+json' }),
  );
  await guarded.page.goto(new URL(`index.html${hash}`, site.server.url).href);
  await guarded.page.locator('.nm-timeline .nm-tl-event').first().waitFor();
  return guarded;
}

const stepInUrl = (page: Page) =>
  page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('step'));
const popupName = (page: Page) => page.locator('.leaflet-popup .nm-popup__name').textContent();

describe(`a story of ${EVENTS.toLocaleString('en')} events`, () => {
  test('keeps the map tall and the timeline a few bars with counts', async () => {
    const { page, errors, context } = await openLargeStory();
    const mapHeight = await page.locator('.nm-map').evaluate((node) => node.clientHeight);
    expect(mapHeight).toBeGreaterThanOrEqual(300);
    const nodes = await page
      .locator('.nm-timeline')
      .evaluate((node) => node.querySelectorAll('*').length);
    expect(nodes).toBeLessThan(TIMELINE_NODE_BUDGET);
    // Every event is counted in exactly one bar, named by its count and period.
    const labels = await page
      .locator('.nm-tl-event')
      .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label') ?? ''));
    const counts = labels.map((label) =>
      Number(/^([\d,]+) events?, /.exec(label)?.[1]?.replace(/,/g, '') ?? NaN),
    );
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(EVENTS);
    expect(labels[0]).toMatch(/^[\d,]+ events?, week of \d+ \w+ 20\d\d$/);
    // The clusters are drawn: the map is not empty.
    await page.locator('.nm-cluster').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('Next opens the first event’s popup and puts its step in the URL', async () => {
    const { page, errors, context } = await openLargeStory();
    const first = chronological[0];
    if (first === undefined) throw new Error('no steps');
    await page.locator('.nm-story__next').click();
    await page.locator('.leaflet-popup').waitFor();
    await expect(popupName(page)).resolves.toBe(first.placeName);
    await expect.poll(() => stepInUrl(page)).toBe(first.id);
    await expect(page.locator('.nm-story__position').textContent()).resolves.toBe(
      `1 of ${EVENTS.toLocaleString('en')}`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a #step= link opens its event, though its place is inside a cluster', async () => {
    const step = chronological[Math.floor(EVENTS * 0.7)];
    if (step === undefined) throw new Error('no step');
    const { page, errors, context } = await openLargeStory(`#step=${step.id}`);
    await page.locator('.leaflet-popup').waitFor();
    await expect(popupName(page)).resolves.toBe(step.placeName);
    await expect(page.locator('.nm-story__sentence').textContent()).resolves.toBe(step.summary);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a clicked bar opens its first event', async () => {
    const { page, errors, context } = await openLargeStory();
    const bar = page.locator('.nm-tl-event').nth(10);
    const stepId = await bar.getAttribute('data-step-id');
    const step = chronological.find((candidate) => candidate.id === stepId);
    if (step === undefined) throw new Error(`no step ${stepId}`);
    await bar.click();
    await page.locator('.leaflet-popup').waitFor();
    await expect(popupName(page)).resolves.toBe(step.placeName);
    await expect(bar.getAttribute('aria-current')).resolves.toBe('step');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the date filter narrows the clusters and the place list', async () => {
    const { page, errors, context } = await openLargeStory();
    await page.locator('.nm-virtual-places__search').waitFor();
    const total = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.nm-cluster')].reduce(
          (sum, badge) =>
            sum + Number((badge.title.match(/^[\d,]+/)?.[0] ?? '0').replace(/,/g, '')),
          document.querySelectorAll('.leaflet-marker-icon.nm-marker').length,
        ),
      );
    await expect.poll(total).toBeGreaterThan(0);
    const before = await total();
    const inApril = new Set(
      dataset.features
        .filter((feature) => feature.properties.events.some((e) => e.date.startsWith('2023-04')))
        .map((feature) => feature.id),
    );
    await page.locator('.nm-date-filter__input').nth(0).fill('2023-04-01');
    await page.locator('.nm-date-filter__input').nth(1).fill('2023-04-30');
    await expect
      .poll(() => page.locator('.nm-virtual-places__search').getAttribute('placeholder'))
      .toBe(`Search ${inApril.size.toLocaleString('en')} places`);
    await expect.poll(total).toBeLessThan(before);
    // Every row the list draws is a place with an April event.
    const listed = await page
      .locator('.nm-virtual-places button[data-place-id]')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-place-id')));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((id) => id !== null && inApril.has(id))).toBe(true);
    await page.getByRole('button', { name: 'All dates' }).click();
    await expect
      .poll(() => page.locator('.nm-virtual-places__search').getAttribute('placeholder'))
      .toBe(`Search ${EVENTS.toLocaleString('en')} places`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
