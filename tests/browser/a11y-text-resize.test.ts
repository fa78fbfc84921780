import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, openGuardedPage, PHONE, useBrowserSite } from './harness.js';
import { openViewerPage } from './a11y-page.js';

const site = useBrowserSite();

// The parts that hold text a reader must be able to read whole, each its own box.
const TEXT_BOXES = [
  '.nm-panel__body',
  '.nm-place',
  '.nm-panel-nav',
  '.leaflet-popup-content',
  '.nm-popup__header',
  '.nm-story-bar',
  '.nm-story',
  '.nm-story__controls',
  '.nm-story__card',
  '.nm-date-filter',
];

/** The boxes whose content is wider than they are: text cut off at their right edge. */
function clippedAcross(page: Page): Promise<string[]> {
  return page.evaluate(
    (selectors) =>
      selectors.flatMap((selector) =>
        [...document.querySelectorAll<HTMLElement>(selector)]
          .filter((box) => box.clientWidth > 0 && box.scrollWidth > box.clientWidth + 1)
          .map((box) => `${selector}: ${box.scrollWidth} > ${box.clientWidth}`),
      ),
    TEXT_BOXES,
  );
}

/** List items drawn over one another (their text overlapping). */
function overlappingItems(page: Page): Promise<string[]> {
  return page.locator('.nm-place').evaluateAll((buttons) =>
    buttons.flatMap((button, i) => {
      const next = buttons[i + 1];
      if (next === undefined) return [];
      const bottom = button.getBoundingClientRect().bottom;
      const top = next.getBoundingClientRect().top;
      return bottom > top + 0.5 ? [`${button.textContent} over ${next.textContent}`] : [];
    }),
  );
}

/** The popup's last element, scrolled to: whether it then lies inside the popup's visible part. */
function popupEndReachable(page: Page): Promise<boolean> {
  return page.locator('.leaflet-popup-content').evaluate((content) => {
    content.scrollTop = content.scrollHeight;
    let last = content.lastElementChild;
    while (last?.lastElementChild) last = last.lastElementChild;
    const view = content.getBoundingClientRect();
    const end = last?.getBoundingClientRect();
    return end !== undefined && end.bottom <= view.bottom + 1 && end.top >= view.top - 1;
  });
}

const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((node) => parseFloat(getComputedStyle(node).fontSize));

describe('text at 200% of the reader’s default size: nothing cut off or overlapping', () => {
  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    test(label, async () => {
      const { page, errors } = await openGuardedPage(site.browser, site.server, { viewport });
      await openViewerPage(page, `${site.server.url}?basemap=offline`);
      const measured = ['.nm-place__name', '.nm-place__summary', '.nm-story__sentence'];
      const before = await Promise.all(measured.map((selector) => fontSize(page, selector)));
      // What a reader's "text size" setting does: the root font size, not a zoom of everything.
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const after = await Promise.all(measured.map((selector) => fontSize(page, selector)));
      expect(after.map((size, i) => size / (before[i] ?? 1))).toEqual(measured.map(() => 2));

      // The sheet is unfolded on the phone, so that its list is laid out and checked too.
      const unfold = page.getByRole('button', { name: /^Show places/ });
      if (await unfold.isVisible()) await unfold.click();
      await page.locator('.nm-place[data-place-id="diaoyutai-state-guesthouse"]').click();
      await page.getByRole('dialog', { name: 'Diaoyutai State Guesthouse' }).waitFor();
      await expect(fontSize(page, '.nm-popup__name')).resolves.toBe(34);
      expect(await clippedAcross(page)).toEqual([]);
      expect(await overlappingItems(page)).toEqual([]);
      expect(await popupEndReachable(page)).toBe(true);
      expect(errors).toEqual([]);
    });
  }
});

describe('at 320 CSS px wide the page reflows: no sideways scrolling, nothing cut off', () => {
  for (const file of ['index.html', 'embed.html']) {
    test(file, async () => {
      const { page, errors } = await openGuardedPage(site.browser, site.server, {
        viewport: { width: 320, height: 640 },
        isMobile: true,
        hasTouch: true,
      });
      await openViewerPage(page, `${site.server.url}${file}?basemap=offline`);
      const unfold = page.getByRole('button', { name: /^Show places/ });
      if (await unfold.isVisible()) await unfold.click();
      await page.locator('.nm-place[data-place-id="taiwan-strait"]').click();
      const dialog = page.getByRole('dialog', { name: 'Taiwan Strait' });
      await dialog.waitFor();
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(320);
      const box = await dialog.boundingBox();
      expect(box !== null && box.x >= 0 && box.x + box.width <= 320).toBe(true);
      expect(await clippedAcross(page)).toEqual([]);
      expect(await popupEndReachable(page)).toBe(true);
      expect(errors).toEqual([]);
    });
  }
});
