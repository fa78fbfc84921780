import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { openGuardedPage, type GuardedPage, useBrowserSite } from './harness.js';
import { openHostPage, startHostPageServer } from './embed-host-pages.js';
import { parseDataset } from '../../src/schema/validate-dataset.js';
import { buildPayloadDataset, type PayloadDataset } from './payload-dataset.js';

const site = useBrowserSite({ hostPages: startHostPageServer });

/**
 * Hostile text through every free-text field of the dataset, every key of the URL and the embed's
 * postMessage channel, in a real browser with a tripwire (`window.__xss`, in every frame) and a
 * dialog listener: nothing may execute, and the text shown must be the text given. The page's
 * Content-Security-Policy is taken out for this test, so that what it measures is the viewer's
 * own handling of text (DOM nodes, never HTML); the policy is a second wall, tested on its own.
 */

const PAYLOADS = JSON.parse(readFileSync('tests/fixtures/xss/payloads.json', 'utf8')) as string[];
// The page's <main data-dataset>: the test answers this request with a dataset of payloads.
const DATASET_PATH = '/data/blinken-beijing-talks-2023.geojson';
const BATCHES = 4;
const STORY_STEPS_SAMPLED = 8;
// Local requests the page itself makes; any other (say GET /x from an <img src=x>) is injected.
const OWN_REQUEST =
  /^\/(index\.html|favicon\.png)?$|^\/assets\/|^\/data\/blinken-beijing-talks-2023\.geojson$/;

interface TrippedPage extends GuardedPage {
  /** Calls to the `__xss` tripwire, from any frame. */
  tripped: string[];
  dialogs: string[];
  /** Local requests the page does not make of itself. */
  strayRequests: string[];
  /** Sets the dataset the page will be given on its next load. */
  serve(dataset: unknown): void;
}

async function openTrippedPage(): Promise<TrippedPage> {
  // Without motion a closed popup leaves the page at once instead of fading out beside the next.
  const guarded = await openGuardedPage(site.browser, site.server, { reducedMotion: 'reduce' });
  const { page, context } = guarded;
  const tripped: string[] = [];
  const dialogs: string[] = [];
  const strayRequests: string[] = [];
  let datasetJson = '';
  await page.exposeFunction('__xss', (...args: unknown[]) => tripped.push(JSON.stringify(args)));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const local = new URL(site.server.url);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.host === local.host && !OWN_REQUEST.test(url.pathname)) strayRequests.push(url.href);
  });
  await context.route(
    (url) => url.host === local.host && (url.pathname === '/' || url.pathname === '/index.html'),
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const withoutPolicy = html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, '');
      if (withoutPolicy === html) throw new Error('the page has no CSP <meta> to take out');
      await route.fulfill({ response, body: withoutPolicy });
    },
  );
  await context.route(
    (url) => url.host === local.host && url.pathname === DATASET_PATH,
    (route) => route.fulfill({ body: datasetJson, contentType: 'application/geo+json' }),
  );
  return {
    ...guarded,
    tripped,
    dialogs,
    strayRequests,
    serve(dataset) {
      datasetJson = JSON.stringify(dataset);
    },
  };
}

/** Every text node's text under the first element matching `selector`. */
function textNodes(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((within) => {
    const root = document.querySelector(within);
    if (root === null) return [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      texts.push(node.nodeValue ?? '');
    }
    return texts;
  }, selector);
}

/** Anything in the page that could run script or navigate, which the viewer itself never makes. */
function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const runnableUrl = /^(javascript|data|vbscript):/i;
    const urlAttributes = /^(href|xlink:href|src|srcset|srcdoc|action|formaction|data|poster)$/i;
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        // Browsers skip control characters and spaces in a URL's scheme: "java\tscript:" runs.
        // eslint-disable-next-line no-control-regex
        const value = attribute.value.replace(/[\u0000-\u0020]/g, '');
        const runnable = urlAttributes.test(attribute.name) && runnableUrl.test(value);
        if (/^on/i.test(attribute.name) || runnable || attribute.name === 'srcdoc') {
          found.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
        }
      }
    }
    const frames = 'iframe, frame, object, embed, portal, base, meta[http-equiv], form, math';
    for (const element of document.querySelectorAll(frames)) found.push(`<${element.localName}>`);
    const scripts = document.querySelectorAll('script');
    if (scripts.length !== 1) found.push(`${scripts.length} script elements`);
    return found;
  });
}

function batchOf(b: number): PayloadDataset {
  const payloads = PAYLOADS.filter((_, i) => i % BATCHES === b);
  return buildPayloadDataset(payloads, {
    title: payloads[0] ?? '',
    'source name': payloads[1] ?? '',
    'source note': payloads[2] ?? '',
  });
}

function expectNothingRan(tripped: TrippedPage): void {
  expect(tripped.tripped).toEqual([]);
  expect(tripped.dialogs).toEqual([]);
  expect(tripped.strayRequests).toEqual([]);
  expect(tripped.page.frames()).toHaveLength(1);
  expect(tripped.errors).toEqual([]);
}

describe('the payload corpus', () => {
  test('holds at least 200 distinct payloads, each of which tries to call the tripwire', () => {
    expect(new Set(PAYLOADS).size).toBe(PAYLOADS.length);
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(200);
    // Some hide the call: in base64, split in concatenated strings, behind a zero-width space.
    const revealed = (payload: string) =>
      payload
        .replace(/[A-Za-z0-9+/]{8,}={0,2}/g, (run) => Buffer.from(run, 'base64').toString())
        .replace(/["']\+["']|\u200b/g, '');
    const reversed = (payload: string) => [...payload].reverse().join('');
    const callsTripwire = (payload: string) =>
      [payload, revealed(payload), reversed(payload)].some((text) => /xss|alert/.test(text));
    expect(PAYLOADS.filter((payload) => !callsTripwire(payload))).toEqual([]);
  });
});

describe('hostile text in every field of the dataset', () => {
  test.each(Array.from({ length: BATCHES }, (_, b) => b))(
    'batch %i: nothing runs, and every place shows exactly the text it was given',
    async (b) => {
      const batch = batchOf(b);
      parseDataset(batch.dataset);
      const tripped = await openTrippedPage();
      const { page } = tripped;
      tripped.serve(batch.dataset);
      await page.goto(site.server.url);
      await page
        .locator('.nm-place')
        .nth(batch.places.size - 1)
        .waitFor({ state: 'attached' });
      // The article panel is drawn with the story panels, apart from the list: wait for it too.
      await page
        .locator('.nm-sentence')
        .nth(batch.dataset.article.sentences.length - 1)
        .waitFor({ state: 'attached' });

      const pageTexts = await textNodes(page, 'body');
      for (const field of ['title', 'source name'] as const) {
        expect(pageTexts, field).toContain(batch.article[field]);
      }
      for (const fields of batch.places.values()) {
        expect(pageTexts).toContain(fields.quote);
        expect(pageTexts).toContain(fields['untied quote speaker']);
        expect(pageTexts).toContain(fields['untied quote source']);
        // The journey list composes a label around the traveller; the payload must survive whole.
        expect(pageTexts.some((text) => text.includes(fields['journey traveller']))).toBe(true);
      }
      // The article panel: every sentence, its place mentions made buttons, reads as given.
      const sentences = await page
        .locator('.nm-sentence')
        .evaluateAll((spans) => spans.map((span) => span.textContent));
      expect(sentences).toEqual(batch.dataset.article.sentences.map((sentence) => sentence.text));
      const markerNames = await page
        .locator('.leaflet-marker-icon.nm-marker')
        .evaluateAll((markers) => markers.map((marker) => marker.getAttribute('title')));
      const names = [...batch.places.values()].map((fields) => fields.name);
      expect(markerNames.sort()).toEqual([...names].sort());

      for (const [id, fields] of batch.places) {
        const button = page.locator(`.nm-place[data-place-id="${id}"]`);
        expect(await textNodes(page, `.nm-place[data-place-id="${id}"]`)).toContain(fields.name);
        await button.click();
        await page.waitForFunction((hash) => window.location.hash === hash, `#place=${id}`);
        const popup = await textNodes(page, '.leaflet-popup');
        for (const field of [
          'name',
          'event summary',
          'caption',
          'quote',
          'speaker',
          'quote source',
        ] as const) {
          expect(popup, `${id} ${field}`).toContain(fields[field]);
        }
      }

      // The story mode steps through the events, each card showing a place's name and event
      // summary as given. A step redraws the whole map, so a sample: the popups held every one.
      const summaryOf = new Map(
        [...batch.places.values()].map((fields) => [fields.name, fields['event summary']]),
      );
      const next = page.getByRole('button', { name: 'Next event' });
      for (let step = 1; step <= STORY_STEPS_SAMPLED; step += 1) {
        await next.click();
        await page.locator('.nm-story__position', { hasText: `${step} of ` }).waitFor();
        const place = await page.locator('.nm-story__place').textContent();
        expect(summaryOf.has(place ?? '')).toBe(true);
        expect(await page.locator('.nm-story__sentence').textContent()).toBe(
          summaryOf.get(place ?? ''),
        );
      }
      expect(await injectedMarkup(page)).toEqual([]);
      expectNothingRan(tripped);
      await tripped.context.close();
    },
    // 64 places opened and a story stepped through: more than the default minute on a busy machine
    180_000,
  );
});

describe('hostile text in the URL', () => {
  test('#place= and #step=, changed while the page is open, name nothing and run nothing', async () => {
    const tripped = await openTrippedPage();
    const { page } = tripped;
    tripped.serve(batchOf(0).dataset);
    await page.goto(site.server.url);
    await page.locator('.nm-place').first().waitFor({ state: 'attached' });
    for (const payload of PAYLOADS) {
      for (const key of ['place', 'step']) {
        const hash = `#${key}=${encodeURIComponent(payload)}`;
        await page.evaluate((next) => {
          const changed = new Promise((resolve) =>
            window.addEventListener('hashchange', resolve, { once: true }),
          );
          window.location.hash = next;
          return changed;
        }, hash);
      }
    }
    expect(await page.locator('.leaflet-popup').count()).toBe(0);
    expect(await injectedMarkup(page)).toEqual([]);
    expectNothingRan(tripped);
    await tripped.context.close();
  });

  test('?basemap=, ?tiles=, #place= and #step= on load run nothing and leave a working map', async () => {
    const tripped = await openTrippedPage();
    const { page } = tripped;
    tripped.serve(batchOf(1).dataset);
    // Four payloads a load, one in each key: every payload passes one key as the page loads.
    const loads = Math.ceil(PAYLOADS.length / 4);
    for (let i = 0; i < loads; i += 1) {
      const at = (k: number) => PAYLOADS[(i + k * loads) % PAYLOADS.length] ?? '';
      const query = new URLSearchParams({
        basemap: at(0),
        // A valid template with the payload after it, so that it reaches Leaflet.
        tiles: `https://tile.openstreetmap.org/{z}/{x}/{y}.png?${at(1)}`,
      });
      const hash = new URLSearchParams({ place: at(2), step: at(3) });
      await page.goto(`${site.server.url}?${query.toString()}#${hash.toString()}`);
      await page.locator('.nm-place').first().waitFor({ state: 'attached' });
    }
    expect(await injectedMarkup(page)).toEqual([]);
    expectNothingRan(tripped);
    await tripped.context.close();
  }, 180_000); // 65 page loads: more than the default minute on a busy machine
});

describe('hostile text through postMessage', () => {
  test('messages carrying payloads, even from the embed itself, open nothing and run nothing', async () => {
    const { page, context, errors } = await openHostPage(site.browser, [site.server, site.host]);
    const tripped: string[] = [];
    await page.exposeFunction('__xss', (...args: unknown[]) => tripped.push(JSON.stringify(args)));
    await page.goto(`${site.host.url}iframe.html`);
    const embed = await (
      await page.locator('iframe[data-newsmap-embed]').elementHandle()
    )?.contentFrame();
    if (embed === null || embed === undefined) throw new Error('the embed frame did not load');
    await embed.locator('.leaflet-popup').waitFor();
    await page.evaluate(() => {
      const changes: unknown[] = [];
      Object.defineProperty(window, 'placeChanges', { value: changes });
      document.addEventListener('newsmap:placechange', (event) => {
        changes.push((event as CustomEvent<unknown>).detail);
      });
    });
    // From the embed's own window and origin, the one source the host script listens to.
    await embed.evaluate((payloads) => {
      for (const payload of payloads) {
        window.parent.postMessage({ type: 'newsmap:place', place: payload }, '*');
        window.parent.postMessage({ type: 'newsmap:height', height: payload }, '*');
        window.parent.postMessage(payload, '*');
      }
      // Messages arrive in order: once this one is seen, every payload has been handled.
      window.parent.postMessage({ type: 'newsmap:place', place: 'beijing' }, '*');
    }, PAYLOADS);
    await page.waitForFunction(
      () => (window as unknown as { placeChanges: unknown[] }).placeChanges.length > 0,
    );
    expect(
      await page.evaluate(() => (window as unknown as { placeChanges: unknown[] }).placeChanges),
    ).toEqual([{ place: 'beijing' }]);
    expect(tripped).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
