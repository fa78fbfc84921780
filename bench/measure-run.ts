import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { openGuardedPage, DESKTOP } from '../tests/browser/harness.js';
import type { StaticServer } from '../src/server/static-server.js';
import type { BenchProbe } from './pages/probe.js';

/** What one load of one page measured. Times in ms, sizes in bytes. */
export interface RunMeasure {
  /** From navigation start to the first marker on screen; undefined if it never came. */
  firstPaint: number | undefined;
  panFrames: number[];
  zoomFrames: number[];
  /** Frames missed at 60 Hz during the pan and zoom. */
  droppedFrames: number;
  longTaskCount: number;
  longTaskCountAfterFirstPaint: number;
  longestTaskAfterFirstPaint: number;
  /** The page's JavaScript heap once settled, after a garbage collection. */
  heapBytes: number;
  /** Gzip sizes of what the page loaded: its code (HTML, JS, CSS) and its data. */
  codeBytesGzip: number;
  dataBytesGzip: number;
  errors: string[];
}

export interface RunLimits {
  /** How long to wait for the first marker before giving up on this run. */
  firstPaintTimeoutMs: number;
}

// A settled page has run no long task for this long.
const QUIET_MS = 500;
const SETTLE_LIMIT_MS = 6_000;
const FRAME_MS = 1000 / 60;

const gzipCache = new Map<string, number>();
async function gzipSize(file: string): Promise<number> {
  const known = gzipCache.get(file);
  if (known !== undefined) return known;
  const size = gzipSync(await readFile(file), { level: 6 }).length;
  gzipCache.set(file, size);
  return size;
}

function dropped(frames: readonly number[]): number {
  return frames.reduce((sum, frame) => sum + Math.max(0, Math.round(frame / FRAME_MS) - 1), 0);
}

const readProbe = (page: Page) =>
  page.evaluate(() => ({
    firstPaint: window.benchProbe.firstPaint,
    longTasks: window.benchProbe.longTasks,
    now: performance.now(),
  }));

async function settle(page: Page): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < SETTLE_LIMIT_MS) {
    const { longTasks, now } = await readProbe(page);
    const lastEnd = Math.max(0, ...longTasks.map(([begin, length]) => begin + length));
    if (now - lastEnd >= QUIET_MS) return;
    await page.waitForTimeout(200);
  }
}

/**
 * The headers that make a page cross-origin isolated, which every page the bench loads is: only
 * then does the browser time its frames to 5 µs. Otherwise it rounds each time to 100 µs with a
 * jitter, and frames shown on every display refresh read 16.6 to 16.8 ms (the idle page's p95
 * 16.7, a page's during a pan 16.8) where they are 16.67.
 */
export const CROSS_ORIGIN_ISOLATED = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

/**
 * A page with nothing to draw, on the bench's server. Its frames are the floor of every frame
 * figure, and every measured page is opened from it: a cross-origin isolated page opened from
 * a new tab's blank page starts a process of its own, which delayed the article's first
 * marker by about 180 ms (434 against 614 ms, twelve alternating loads each); opened from a
 * page of its own origin, it came as before (388 against 401, then 419 against 454 ms, sixteen
 * loads each; at 100,000 places 3,009 against 2,916, eight each).
 */
export const IDLE_PAGE = 'bench/idle.html';

async function recordFrames(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  if (!(await page.evaluate(() => crossOriginIsolated)))
    throw new Error(`${page.url()} is not cross-origin isolated: its frames are timed to 0.1 ms`);
  await page.evaluate(() => window.benchProbe.startFrames());
  await gesture();
  return page.evaluate(() => window.benchProbe.stopFrames());
}

/**
 * The interval between animation frames on IDLE_PAGE, for `ms`: the floor of every frame
 * figure, one display frame as this browser times it.
 */
export async function measureIdleFrames(
  browser: Browser,
  server: StaticServer,
  probeFile: string,
  ms: number,
): Promise<number[]> {
  const { page, context } = await openGuardedPage(browser, server, { viewport: DESKTOP });
  try {
    await context.addInitScript({ path: probeFile });
    await page.goto(new URL(IDLE_PAGE, server.url).href);
    return await recordFrames(page, () => page.waitForTimeout(ms));
  } finally {
    await context.close();
  }
}

/**
 * Loads one page in a fresh context (empty cache) at 1280x800 with every non-local request
 * refused (by the browser's resolver when launched with `resolveNoHost`), waits for the first marker, lets the page settle, then drags the map and zooms it
 * in and out with the wheel as a reader would, recording every frame.
 */
export async function measureRun(
  browser: Browser,
  server: StaticServer,
  siteDir: string,
  probeFile: string,
  pagePath: string,
  limits: RunLimits,
): Promise<RunMeasure> {
  const { page, context, errors } = await openGuardedPage(browser, server, { viewport: DESKTOP });
  try {
    await context.addInitScript({ path: probeFile });
    const loaded: string[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === new URL(server.url).origin && response.ok())
        loaded.push(decodeURIComponent(url.pathname));
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    await page.goto(new URL(IDLE_PAGE, server.url).href);
    await page.goto(new URL(pagePath, server.url).href, { waitUntil: 'commit' });
    const painted = await page
      .waitForFunction(() => window.benchProbe.firstPaint !== undefined, undefined, {
        timeout: limits.firstPaintTimeoutMs,
        polling: 100,
      })
      .then(() => true)
      .catch(() => false);
    await settle(page);

    const map = page.locator('.leaflet-container').first();
    const box = (await map.boundingBox()) ?? {
      x: 0,
      y: 0,
      width: DESKTOP.width,
      height: DESKTOP.height,
    };
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    const panFrames = await recordFrames(page, async () => {
      await page.mouse.down();
      for (let step = 1; step <= 20; step++) {
        await page.mouse.move(cx - step * 12, cy - step * 6);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
      await page.waitForTimeout(900);
    });
    const zoomFrames = await recordFrames(page, async () => {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(900);
      await page.mouse.wheel(0, 100);
      await page.waitForTimeout(900);
    });

    const probe = (await page.evaluate(() => ({
      firstPaint: window.benchProbe.firstPaint,
      longTasks: window.benchProbe.longTasks,
    }))) as Pick<BenchProbe, 'firstPaint' | 'longTasks'>;
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapBytes = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;

    const firstPaint = painted ? probe.firstPaint : undefined;
    const after = probe.longTasks.filter(
      ([start]) => firstPaint !== undefined && start >= firstPaint,
    );
    let codeBytesGzip = 0;
    let dataBytesGzip = 0;
    for (const urlPath of loaded) {
      const size = await gzipSize(
        path.join(siteDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath),
      );
      if (/\.(geo)?json$/.test(urlPath)) dataBytesGzip += size;
      else codeBytesGzip += size;
    }
    return {
      firstPaint,
      panFrames,
      zoomFrames,
      droppedFrames: dropped(panFrames) + dropped(zoomFrames),
      longTaskCount: probe.longTasks.length,
      longTaskCountAfterFirstPaint: after.length,
      longestTaskAfterFirstPaint: Math.max(0, ...after.map(([, duration]) => duration)),
      heapBytes,
      codeBytesGzip,
      dataBytesGzip,
      errors: [...errors],
    };
  } finally {
    await context.close();
  }
}
