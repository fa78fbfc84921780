import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage, type GuardedPage, useBrowserSite } from './harness.js';
import { buildSyntheticDataset } from '../../bench/generate-dataset.js';

const site = useBrowserSite();

// Well above CLUSTER_THRESHOLD (500), so the viewer clusters; small enough to build at once.
const PLACES = 5_000;
// Without events the story bar has no timeline: these tests are about markers and the list.
const dataset = buildSyntheticDataset(PLACES, 8, { events: false });
const body = JSON.stringify(dataset);
const placeName = (id: string) =>
  dataset.features.find((feature) => feature.id === id)?.properties.name ?? '';

/** The full viewer page, given the synthetic dataset in place of the article's. */
async function openLargeViewer(
  hash = '',
  before: (guarded: GuardedPage) => Promise<void> = async () => undefined,
): Promise<GuardedPage> {
  const guarded = await openGuardedPage(site.browser, site.server);
  await before(guarded);
  await guarded.page.route('**/data/blinken-beijing-talks-2023.geojson', (route) =>
    route.fulfill({ body, contentType: 'application/geo+json' }),
  );
  await guarded.page.goto(new URL(`index.html${hash}`, site.server.url).href);
  await guarded.page.locator('.nm-cluster').first().waitFor();
  return guarded;
}

/** A badge's count, from its name: "1,234 places, zoom in". */
const countOf = (badgeTitle: string) =>
  Number((badgeTitle.match(/^[\d,]+/)?.[0] ?? 'NaN').replace(/,/g, ''));

/** What the map draws: each badge's count and the single places' names. */
async function drawnItems(page: Page) {
  const titles = (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((markers) => markers.map((marker) => marker.getAttribute('title') ?? ''));
  return {
    clusters: (await titles('.nm-cluster')).map(countOf),
    places: await titles('.nm-marker'),
  };
}

/**
 * The markers matching `selector` that a reader can see and click, as their index among all
 * of them with their title: markers are drawn a little beyond the map's edges too, where the
 * panel may cover them.
 */
function markersInView(page: Page, selector: string): Promise<{ nth: number; title: string }[]> {
  return page.evaluate((within) => {
    const map = document.querySelector('.leaflet-container')?.getBoundingClientRect();
    if (map === undefined) return [];
    return [...document.querySelectorAll<HTMLElement>(within)].flatMap((marker, nth) => {
      const { left, right, top, bottom } = marker.getBoundingClientRect();
      const inView =
        left >= map.left && right <= map.right && top >= map.top && bottom <= map.bottom;
      return inView ? [{ nth, title: marker.title }] : [];
    });
  }, selector);
}

async function firstInView(page: Page, selector: string) {
  const [first] = await markersInView(page, selector);
  if (first === undefined) throw new Error(`no ${selector} in view`);
  return page.locator(selector).nth(first.nth);
}

/** How many places the drawn badges and single markers hold together. */
async function placesDrawn(page: Page): Promise<number> {
  const { clusters, places } = await drawnItems(page);
  return clusters.reduce((sum, count) => sum + count, 0) + places.length;
}

async function zoomOutFully(page: Page) {
  const map = page.locator('.leaflet-container');
  const box = await map.boundingBox();
  if (box === null) throw new Error('no map');
  for (let i = 0; i < 6; i++) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(400);
  }
}

/** Zooms into clusters until a single place shows in view. */
async function zoomIntoSinglePlaces(page: Page) {
  for (let i = 0; i < 12 && (await markersInView(page, '.nm-marker')).length === 0; i++) {
    await (await firstInView(page, '.nm-cluster')).click();
    await page.waitForTimeout(500);
  }
}

describe(`a dataset of ${PLACES.toLocaleString('en')} places`, () => {
  test('is drawn as a few hundred clusters and places that together hold every place', async () => {
    const { page, errors, context } = await openLargeViewer();
    await zoomOutFully(page);
    await expect.poll(() => placesDrawn(page)).toBe(PLACES);
    const { clusters, places } = await drawnItems(page);
    expect(clusters.length + places.length).toBeLessThan(400);
    expect(await page.locator('.leaflet-marker-icon').count()).toBeLessThan(400);
    // Drawn as round, filled badges: their stylesheet comes with the clustering code.
    const look = await page
      .locator('.nm-cluster__count')
      .first()
      .evaluate((badge) => {
        const { borderRadius, backgroundColor, color } = getComputedStyle(badge);
        return { borderRadius, backgroundColor, color };
      });
    expect(look).toEqual({
      borderRadius: '50%',
      backgroundColor: 'rgba(38, 84, 124, 0.88)',
      color: 'rgb(255, 255, 255)',
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('zooms in when a cluster is clicked, until it splits', async () => {
    const { page, errors, context } = await openLargeViewer();
    const badge = await firstInView(page, '.nm-cluster');
    const title = await badge.getAttribute('title');
    const count = countOf(title ?? '');
    expect(count).toBeGreaterThan(1);
    await badge.click();
    // The badge's cluster is gone: its places are now smaller clusters or single places.
    await expect.poll(() => page.locator(`.nm-cluster[title="${title}"]`).count()).toBe(0);
    const { clusters, places } = await drawnItems(page);
    expect(clusters.length + places.length).toBeGreaterThan(0);
    expect(Math.max(0, ...clusters)).toBeLessThan(count);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a badge opened with Enter leaves focus in the map once its cluster has split', async () => {
    const { page, errors, context } = await openLargeViewer();
    await (await firstInView(page, '.nm-cluster')).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ''), {
        timeout: 10_000,
      })
      .toMatch(/\bleaflet-container\b/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a single place focused from the keyboard has focus again once a zoom around it ends', async () => {
    const { page, errors, context } = await openLargeViewer();
    await zoomIntoSinglePlaces(page);
    const marker = await firstInView(page, '.nm-marker');
    const name = await marker.getAttribute('title');
    await marker.focus();
    // Where focus goes: the marker, hidden while the map zooms, hands it to the map meanwhile.
    await page.evaluate(() => {
      const trail: string[] = [];
      (window as unknown as { focusTrail: string[] }).focusTrail = trail;
      document.addEventListener('focusin', (event) => {
        const target = event.target as HTMLElement;
        trail.push(target.classList.contains('leaflet-container') ? 'map' : target.title);
      });
    });
    const box = await marker.boundingBox();
    if (box === null) throw new Error('the marker is not drawn');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -100);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { focusTrail: string[] }).focusTrail))
      .toEqual(['map', name]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('title'))).toBe(name);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('opens a single place clicked on the map in its popup, like any marker', async () => {
    const { page, errors, context } = await openLargeViewer();
    await zoomIntoSinglePlaces(page);
    const marker = await firstInView(page, '.nm-marker');
    const name = await marker.getAttribute('title');
    expect(name).toMatch(/\d+$/);
    await marker.click();
    await expect.poll(() => page.locator('.leaflet-popup').textContent()).toContain(name);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('opens a deep-linked place on load, even one that sits inside a cluster', async () => {
    const id = 'event-4321';
    const { page, errors, context } = await openLargeViewer(`#place=${id}`);
    await expect.poll(() => page.locator('.leaflet-popup').textContent()).toContain(placeName(id));
    await expect(page.locator('.nm-marker--selected').getAttribute('title')).resolves.toBe(
      placeName(id),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('lists the places in a searchable list that keeps only the rows in view in the page', async () => {
    const { page, errors, context } = await openLargeViewer();
    const search = page.getByRole('searchbox', { name: 'Search places by name' });
    await search.waitFor();
    expect(await page.locator('.nm-virtual-places li').count()).toBeLessThan(100);
    const id = 'event-2718';
    await search.fill(placeName(id));
    await expect.poll(() => page.locator('.nm-virtual-places button').count()).toBe(1);
    await page.locator('.nm-virtual-places button').click();
    await expect.poll(() => page.locator('.leaflet-popup').textContent()).toContain(placeName(id));
    expect(new URL(page.url()).hash).toBe(`#place=${id}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('while its clusters wait for their index, the map already shows its base map', async () => {
    const { page, errors, context } = await openLargeViewer('', async (guarded) => {
      await guarded.context.addInitScript(() => {
        const seen: { tile?: number; marker?: number } = {};
        Object.assign(window, { firstSeen: seen });
        new MutationObserver(() => {
          seen.tile ??= document.querySelector('img.leaflet-tile') ? performance.now() : undefined;
          seen.marker ??= document.querySelector('.leaflet-marker-icon')
            ? performance.now()
            : undefined;
        }).observe(document, { subtree: true, childList: true });
      });
      // A slow cluster worker: the index comes late.
      await guarded.context.route('**/cluster-worker.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        await route.continue();
      });
    });
    const seen = await page.evaluate(
      () => (window as unknown as { firstSeen: { tile?: number; marker?: number } }).firstSeen,
    );
    expect(seen.tile).toBeLessThan(seen.marker ?? 0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('draws shallow zooms while a second worker still indexes the deep ones, and deep zooms once it has', async () => {
    const workerLoads: string[] = [];
    const release: (() => void)[] = [];
    const deepLevelsHeld = new Promise<void>((resolve) => release.push(resolve));
    const { page, errors, context } = await openLargeViewer('', async (guarded) => {
      await guarded.context.route('**/cluster-worker.js', async (route) => {
        workerLoads.push(route.request().url());
        // The second worker, which indexes the deep zoom levels, is held back.
        if (workerLoads.length === 2) await deepLevelsHeld;
        await route.continue();
      });
    });
    await expect.poll(() => workerLoads.length).toBe(2);
    await zoomOutFully(page);
    await expect.poll(() => placesDrawn(page)).toBe(PLACES);
    release.forEach((resolve) => resolve());
    // Each click zooms to where the largest cluster splits: a few reach the deep levels and
    // single places.
    for (let click = 0; click < 10; click++) {
      if ((await page.locator('.nm-marker').count()) > 0) break;
      const inView = await markersInView(page, '.nm-cluster');
      const largest = inView.reduce((a, b) => (countOf(b.title) > countOf(a.title) ? b : a));
      await page.locator('.nm-cluster').nth(largest.nth).click();
      await page.waitForTimeout(700);
    }
    await expect.poll(() => page.locator('.nm-marker').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('still clusters, on the main thread, when the cluster worker cannot load', async () => {
    const blocked: string[] = [];
    const { page, errors, context } = await openLargeViewer('', async (guarded) => {
      await guarded.context.route('**/cluster-worker.js', (route) => {
        blocked.push(route.request().url());
        return route.abort('connectionrefused');
      });
    });
    expect(blocked).toHaveLength(1);
    await zoomOutFully(page);
    await expect.poll(() => placesDrawn(page)).toBe(PLACES);
    expect(errors).toEqual([]);
    await context.close();
  });
});
