import { beforeAll, describe, expect, test } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { openGuardedPage, type GuardedPage, useBrowserSite } from './harness.js';
import { parseDatasetJson } from '../../src/schema/validate-dataset.js';
import { testDist } from './test-dist.js';
import { buildSyntheticDataset } from '../../bench/generate-dataset.js';
import { READ_IN_PAGE_MAX_BYTES } from '../../src/viewer/load-dataset.js';

const site = useBrowserSite();

/**
 * The built pages declare a strict Content-Security-Policy, and nothing the viewer does while a
 * reader loads, pans, zooms and opens every place breaks it: zero `securitypolicyviolation`
 * events. Tiles come from the configured host (answered here, some of them never, so that
 * Leaflet has downloads to cancel as the view changes).
 */

// A 1×1 PNG: a tile that loads.
const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const TILE_HOST = 'https://tile.openstreetmap.org/';

let placeIds: string[];

beforeAll(async () => {
  const dataset = parseDatasetJson(
    await readFile('data/blinken-beijing-talks-2023.geojson', 'utf8'),
  );
  placeIds = dataset.features.map((feature) => feature.id);
});

interface WatchedPage extends GuardedPage {
  violations: string[];
}

/** A guarded page that reports every CSP violation, with tiles that load or hang. */
async function openWatchedPage(): Promise<WatchedPage> {
  const guarded = await openGuardedPage(site.browser, site.server);
  const violations: string[] = [];
  const hanging: Route[] = [];
  await guarded.page.exposeFunction('__cspViolation', (report: string) => violations.push(report));
  await guarded.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation(report: string): void }).__cspViolation;
      report(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  await guarded.context.route(`${TILE_HOST}**`, (route) => {
    const [z, x, y] = new URL(route.request().url()).pathname.match(/\d+/g)?.map(Number) ?? [];
    // One tile in three never answers: it is still loading when the view moves on.
    if (((x ?? 0) + (y ?? 0) + (z ?? 0)) % 3 === 0) hanging.push(route);
    else void route.fulfill({ body: TILE_PNG, contentType: 'image/png' });
  });
  guarded.page.on('close', () => hanging.forEach((route) => void route.abort().catch(() => {})));
  return { ...guarded, violations };
}

/** Drags the map, zooms in and out with the buttons and the wheel, as a reader would. */
async function panAndZoom(page: Page): Promise<void> {
  const box = await page.locator('.leaflet-container').first().boundingBox();
  if (box === null) throw new Error('the map has no box');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x - 150, centre.y + 80, { steps: 8 });
  await page.mouse.up();
  for (const button of ['in', 'in', 'out', 'in']) {
    await page.locator(`.leaflet-control-zoom-${button}`).first().click();
    await page.waitForFunction(() => document.querySelector('.leaflet-zoom-anim') === null);
  }
  await page.mouse.wheel(0, 400);
  await page.mouse.move(centre.x + 100, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x - 100, centre.y - 100, { steps: 8 });
  await page.mouse.up();
}

/** Opens every place in turn through the URL, the way a shared link or the list would. */
async function openEveryPlace(page: Page): Promise<void> {
  for (const id of placeIds) {
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#place=${id}`);
    await page.locator('.leaflet-popup').first().waitFor();
  }
  await page.keyboard.press('Escape');
}

describe('the strict Content-Security-Policy', () => {
  test('both pages declare it: no inline or eval script, no plugins, no <base>, images from self and the tile host', async () => {
    for (const file of ['index.html', 'embed.html']) {
      const html = await readFile(`${testDist()}/${file}`, 'utf8');
      const policy = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];
      expect(policy, file).toBeDefined();
      const directives = new Map(
        (policy ?? '').split(';').map((part) => {
          const [name = '', ...values] = part.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('default-src'), file).toEqual(["'none'"]);
      expect(directives.get('script-src'), file).toEqual(["'self'"]);
      expect(directives.get('object-src'), file).toEqual(["'none'"]);
      expect(directives.get('base-uri'), file).toEqual(["'none'"]);
      expect(directives.get('img-src'), file).toEqual(["'self'", 'https://tile.openstreetmap.org']);
      expect(policy, file).not.toMatch(/unsafe-inline|unsafe-eval|data:|\*/);
    }
  });

  test('loading, panning, zooming and opening every place on the full page: zero violations', async () => {
    const { page, violations, errors, context } = await openWatchedPage();
    await page.goto(site.server.url);
    await page.locator('.nm-place').first().waitFor();
    await page.locator('img.leaflet-tile-loaded').first().waitFor();
    await panAndZoom(page);
    // Leaflet cancelled downloads on the way: the case its data: GIF would have broken.
    await openEveryPlace(page);
    await page.locator('.nm-place').first().click();
    await page.locator('.leaflet-popup').waitFor();
    await page.locator('.leaflet-marker-icon.nm-marker').first().focus();
    await page.keyboard.press('Enter');
    // The story mode, in both orders.
    for (const order of ['As the article tells it', 'As it happened']) {
      await page.getByRole('button', { name: order }).click();
      for (let step = 0; step < 4; step += 1) {
        await page.getByRole('button', { name: 'Next event' }).click();
      }
    }
    await panAndZoom(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the offline base map, a place opened from the URL, and the embed page: zero violations', async () => {
    const { page, violations, errors, context } = await openWatchedPage();
    await page.goto(`${site.server.url}?basemap=offline#place=${placeIds[0] ?? ''}`);
    await page.locator('.leaflet-popup').waitFor();
    await page.locator('.nm-basemap-pane canvas, .nm-basemap-pane svg').first().waitFor();
    await panAndZoom(page);
    await openEveryPlace(page);

    await page.goto(`${site.server.url}embed.html`);
    await page.locator('.leaflet-marker-icon.nm-marker').first().waitFor({ state: 'attached' });
    await page.locator('img.leaflet-tile-loaded').first().waitFor();
    await panAndZoom(page);
    await openEveryPlace(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a dataset large enough to be read and clustered in workers: both load, zero violations', async () => {
    const { page, violations, errors, context } = await openWatchedPage();
    // Over the size up to which the page reads a dataset itself, so that the dataset worker runs too.
    const body = JSON.stringify(buildSyntheticDataset(150_000, 7));
    expect(body.length).toBeGreaterThan(READ_IN_PAGE_MAX_BYTES);
    await context.route(
      (url) => url.pathname === '/data/blinken-beijing-talks-2023.geojson',
      (route) => route.fulfill({ body, contentType: 'application/geo+json' }),
    );
    const started: string[] = [];
    page.on('worker', (worker) => started.push(new URL(worker.url()).pathname));
    // The cluster worker stays for the page's life; the dataset worker ends once it has answered.
    const clusterWorker = page.waitForEvent('worker', {
      predicate: (worker) => worker.url().endsWith('/cluster-worker.js'),
    });
    await page.goto(site.server.url);
    // A worker the policy refused would never start; this one runs and answers.
    expect(await (await clusterWorker).evaluate(() => typeof self.postMessage)).toBe('function');
    await page.locator('.nm-cluster').first().waitFor();
    expect(started).toContain('/assets/dataset-worker.js');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('is in force: an injected inline script and a data: image are refused and reported', async () => {
    const { page, violations, context } = await openWatchedPage();
    await page.goto(site.server.url);
    await page.locator('.nm-place').first().waitFor();
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      const image = document.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAD/ACwAAAAAAQABAAACADs=';
      document.body.append(image);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect
      .poll(() => violations.map((report) => report.split(' ')[0]).sort())
      .toEqual(['img-src', 'script-src-elem']);
    await context.close();
  });
});
