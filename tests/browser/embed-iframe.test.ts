import { expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { useBrowserSite } from './harness.js';
import { openHostPage, startHostPageServer } from './embed-host-pages.js';

const site = useBrowserSite({ hostPages: startHostPageServer });

const EMBED = 'iframe[data-newsmap-embed]';

/** The host page (hostile CSS and globals) with its embed drawn and sized once. */
async function openEmbedded(): Promise<{ page: Page; embed: Frame; errors: string[] }> {
  const { page, errors } = await openHostPage(site.browser, [site.server, site.host]);
  await page.goto(`${site.host.url}iframe.html`);
  const embed = await (await page.locator(EMBED).elementHandle())?.contentFrame();
  if (embed === null || embed === undefined) throw new Error('the embed frame did not load');
  // The snippet's #place=matsu-islands opens that place.
  await embed.locator('.leaflet-popup', { hasText: 'Matsu Islands' }).waitFor();
  await page.waitForFunction(
    (selector) => document.querySelector<HTMLElement>(selector)?.style.height !== '',
    EMBED,
  );
  // Counts every message the host page receives, after the host script has seen it.
  await page.evaluate(() => {
    const counter = { received: 0, placeChanges: [] as unknown[] };
    Object.defineProperty(window, 'testCounter', { value: counter });
    window.addEventListener('message', () => {
      counter.received += 1;
    });
    document.addEventListener('newsmap:placechange', (event) => {
      counter.placeChanges.push((event as CustomEvent<unknown>).detail);
    });
  });
  return { page, embed, errors };
}

// Layout sizes, not bounding boxes: the hostile host page rotates its <main>.
const frameHeight = (page: Page) =>
  page.locator(EMBED).evaluate((iframe) => (iframe as HTMLElement).offsetHeight);
const contentHeight = (embed: Frame) =>
  embed.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** Waits until the host page has received `count` messages in all. */
async function receivedAtLeast(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => (window as unknown as { testCounter: { received: number } }).testCounter.received >= n,
    count,
  );
}

const placeChanges = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { testCounter: { placeChanges: unknown[] } }).testCounter.placeChanges,
  );

test('the iframe fits its embed: the reserved 4:3 box, growing to the embed height when the place list or the story strip unfolds', async () => {
  const { page, embed, errors } = await openEmbedded();
  const width = await page.locator(EMBED).evaluate((iframe) => (iframe as HTMLElement).offsetWidth);
  expect(width).toBe(700);
  const folded = await frameHeight(page);
  expect(folded).toBe(await contentHeight(embed));
  // The embed fits the 4:3 box the snippet reserves (no layout shift), and the map has the room.
  expect(Math.abs(folded - (width * 3) / 4)).toBeLessThanOrEqual(1);
  const mapHeight = await embed.locator('.nm-map').evaluate((map) => map.clientHeight);
  expect(mapHeight).toBeGreaterThanOrEqual(Math.floor((width * 9) / 16));
  // The story strip is folded to its toggle; the timeline is not drawn.
  const storyToggle = embed.getByRole('button', { name: 'Story & timeline' });
  expect(await storyToggle.getAttribute('aria-expanded')).toBe('false');
  expect(await embed.locator('.nm-timeline').isVisible()).toBe(false);

  await embed.getByRole('button', { name: /Show places/ }).click();
  await page.waitForFunction(
    ([selector, before]) =>
      (document.querySelector<HTMLElement>(selector)?.offsetHeight ?? 0) > before,
    [EMBED, folded] as const,
  );
  const unfolded = await frameHeight(page);
  expect(unfolded).toBe(await contentHeight(embed));
  expect(await embed.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
    unfolded,
  );

  // From the keyboard, the story strip unfolds: the timeline shows and the frame grows to it.
  await storyToggle.focus();
  await storyToggle.press('Enter');
  expect(await storyToggle.getAttribute('aria-expanded')).toBe('true');
  await embed.locator('.nm-timeline').waitFor();
  await page.waitForFunction(
    ([selector, before]) =>
      (document.querySelector<HTMLElement>(selector)?.offsetHeight ?? 0) > before,
    [EMBED, unfolded] as const,
  );
  expect(await frameHeight(page)).toBe(await contentHeight(embed));
  expect(errors).toEqual([]);
});

test('the host script ignores forged messages: foreign windows, bad heights, non-slug ids, wrong origins', async () => {
  const { page, embed, errors } = await openEmbedded();
  const post = (message: unknown) =>
    embed.evaluate((data) => window.parent.postMessage(data, '*'), message);

  // The real channel works: a valid height and a valid place from the embed are applied.
  await post({ type: 'newsmap:height', height: 640 });
  await post({ type: 'newsmap:place', place: 'taiwan-strait' });
  await receivedAtLeast(page, 2);
  expect(await frameHeight(page)).toBe(640);
  expect(await placeChanges(page)).toEqual([{ place: 'taiwan-strait' }]);

  // From the right window and origin, but not a message the embed ever sends.
  const malformed: unknown[] = [
    { type: 'newsmap:height', height: Number.NaN },
    { type: 'newsmap:height', height: -300 },
    { type: 'newsmap:height', height: 0 },
    { type: 'newsmap:height', height: 1e9 },
    { type: 'newsmap:height', height: Number.POSITIVE_INFINITY },
    { type: 'newsmap:height', height: '700' },
    { type: 'newsmap:height' },
    JSON.parse('{"type":"newsmap:height","__proto__":{"height":700}}'),
    { type: 'newsmap:place', place: '__proto__' },
    { type: 'newsmap:place', place: 'Matsu Islands' },
    { type: 'newsmap:place', place: 42 },
    { type: 'newsmap:other', height: 700 },
    'newsmap:height 700',
    null,
  ];
  for (const message of malformed) await post(message);
  // From windows that are not the embed: the host page itself and an unmarked frame of its own.
  await page.evaluate(() => window.postMessage({ type: 'newsmap:height', height: 700 }, '*'));
  const unmarked = await (await page.locator('#unmarked').elementHandle())?.contentFrame();
  await unmarked?.evaluate(() => {
    window.parent.postMessage({ type: 'newsmap:height', height: 700 }, '*');
    window.parent.postMessage({ type: 'newsmap:place', place: 'beijing' }, '*');
  });
  await receivedAtLeast(page, 2 + malformed.length + 3);
  expect(await frameHeight(page)).toBe(640);
  expect(await placeChanges(page)).toEqual([{ place: 'taiwan-strait' }]);

  // The embed's own window, navigated to another origin: its messages are not the embed's.
  const forgerUrl = `${site.host.url}forger.html`;
  await embed.evaluate((url) => window.location.assign(url), forgerUrl);
  await embed.waitForURL(forgerUrl);
  await embed.evaluate(() => {
    window.parent.postMessage({ type: 'newsmap:height', height: 700 }, '*');
    window.parent.postMessage({ type: 'newsmap:place', place: 'beijing' }, '*');
  });
  await receivedAtLeast(page, 2 + malformed.length + 3 + 2);
  expect(await frameHeight(page)).toBe(640);
  expect(await placeChanges(page)).toEqual([{ place: 'taiwan-strait' }]);

  // All of it on a page with a frozen Object.prototype, lying Array methods and its own `L`.
  expect(await page.evaluate(() => (window as unknown as { L: unknown }).L)).toEqual({
    hostLeaflet: true,
  });
  expect(errors).toEqual([]);
});

test('the embed reports the places the reader opens to the host page', async () => {
  const { page, embed, errors } = await openEmbedded();
  await embed.getByRole('button', { name: /Show places/ }).click();
  await embed.locator('button.nm-place', { hasText: 'Beijing' }).click();
  await page.waitForFunction(
    () =>
      (window as unknown as { testCounter: { placeChanges: unknown[] } }).testCounter.placeChanges
        .length > 0,
  );
  expect(await placeChanges(page)).toEqual([{ place: 'beijing' }]);
  // The embed's own URL follows the reader, so a reload shows the same place.
  expect(await embed.evaluate(() => window.location.hash)).toBe('#place=beijing');
  expect(errors).toEqual([]);
});
