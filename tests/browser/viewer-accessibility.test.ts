import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { DESKTOP, openGuardedPage, PHONE, useBrowserSite } from './harness.js';
import type { Dataset } from '../../src/schema/dataset-schema.js';
import { parseDatasetJson } from '../../src/schema/validate-dataset.js';

const site = useBrowserSite();

let axeSource: string;
let dataset: Dataset;

beforeAll(async () => {
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  dataset = parseDatasetJson(await readFile('data/blinken-beijing-talks-2023.geojson', 'utf8'));
});

/** axe-core's violations on the page as it stands, one line per rule and element. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run(),
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`,
    ),
  );
}

describe('axe-core finds no violation', () => {
  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    test(`${label}, on load and with a popup open`, async () => {
      const { page, errors } = await openGuardedPage(site.browser, site.server, {
        viewport,
        isMobile: label === 'phone',
        hasTouch: label === 'phone',
      });
      await page.goto(`${site.server.url}?basemap=offline`);
      await page.locator('.nm-basemap-pane canvas').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${site.server.url}?basemap=offline#place=diaoyutai-state-guesthouse`);
      await page.reload();
      await page.getByRole('dialog', { name: 'Diaoyutai State Guesthouse' }).waitFor();
      // Contrast is measured on the popup as it is read, not while it fades in.
      await page.waitForFunction(
        () =>
          getComputedStyle(document.querySelector('.leaflet-popup') ?? document.body).opacity ===
          '1',
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

/** What has focus: its role, its accessible name's text and whether its focus ring shows. */
function focused(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (active === null) return { kind: 'none', name: '', ringVisible: false };
    const ringOwner = active.querySelector<HTMLElement>('.nm-marker__badge') ?? active;
    const ring = getComputedStyle(ringOwner);
    return {
      kind: active.classList.contains('nm-place')
        ? 'list item'
        : active.classList.contains('nm-popup__name')
          ? 'popup heading'
          : active.getAttribute('role') === 'button' && active.closest('.leaflet-marker-pane')
            ? 'marker'
            : active.tagName.toLowerCase(),
      name:
        active.querySelector('.nm-place__name, .nm-sr-only')?.textContent ??
        active.textContent ??
        '',
      ringVisible: ring.outlineStyle !== 'none' && parseFloat(ring.outlineWidth) >= 2,
      inDialog: active.closest('[role="dialog"]')?.getAttribute('aria-labelledby') ?? null,
    };
  });
}

test('keyboard only: every place opens from the list and from its marker, focus asserted at each step', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await page.goto(`${site.server.url}?basemap=offline`);
  await page.locator('.nm-basemap-pane canvas').waitFor();
  const listNames = await page.locator('.nm-place__name').allTextContents();
  expect(listNames).toHaveLength(dataset.features.length);

  const tabUntil = async (kind: string, limit: number) => {
    let now = await focused(page);
    for (let presses = 0; now.kind !== kind && presses < limit; presses++) {
      await page.keyboard.press('Tab');
      now = await focused(page);
    }
    return now;
  };
  // Tab from the top of the page to the panel's link to its places, which moves focus there.
  const placesLink = page.locator('.nm-panel-nav button', { hasText: 'Places' });
  if ((await placesLink.count()) > 0) {
    for (
      let presses = 0;
      presses < 10 && !(await placesLink.evaluate((link) => link === document.activeElement));
      presses++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
  }
  let step = await tabUntil('list item', 10);
  for (const [i, name] of listNames.entries()) {
    expect(step).toMatchObject({ kind: 'list item', name, ringVisible: true });
    await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
    const heading = await focused(page);
    expect(heading).toMatchObject({ kind: 'popup heading', name, ringVisible: true });
    expect(heading.inDialog).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect(page.locator('.leaflet-popup').count()).resolves.toBe(0);
    expect(await focused(page)).toMatchObject({ kind: 'list item', name, ringVisible: true });
    await page.keyboard.press('Tab');
    step = await focused(page);
  }

  // On past the quotations and the panel's other parts to the map, then marker by marker.
  step = await tabUntil('marker', 80);
  const visibleMarkers = await page
    .locator('.leaflet-marker-pane [role="button"]:visible .nm-sr-only')
    .allTextContents();
  const focusNames = dataset.features
    .filter((f) => f.properties.focus)
    .map((f) => f.properties.name);
  expect([...visibleMarkers].sort()).toEqual(expect.arrayContaining([...focusNames].sort()));
  const openedFromMarkers: string[] = [];
  while (step.kind === 'marker') {
    const name = step.name;
    expect(step.ringVisible).toBe(true);
    await page.keyboard.press(openedFromMarkers.length % 2 === 0 ? 'Space' : 'Enter');
    expect(await focused(page)).toMatchObject({ kind: 'popup heading', name });
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatchObject({ kind: 'marker', name, ringVisible: true });
    openedFromMarkers.push(name);
    await page.keyboard.press('Tab');
    step = await focused(page);
  }
  expect(openedFromMarkers.sort()).toEqual([...visibleMarkers].sort());
  expect(errors).toEqual([]);
});

test('prefers-reduced-motion: the map neither fades nor animates its zoom', async () => {
  const still = await openGuardedPage(site.browser, site.server, { reducedMotion: 'reduce' });
  await still.page.goto(`${site.server.url}?basemap=offline`);
  await still.page.locator('.nm-place-list').waitFor({ state: 'attached' });
  const classes = await still.page.locator('.leaflet-container').getAttribute('class');
  expect(classes).not.toContain('leaflet-fade-anim');
  await expect(
    still.page.locator('.leaflet-marker-icon.nm-marker').first().getAttribute('class'),
  ).resolves.not.toContain('leaflet-zoom-animated');
  await expect(
    still.page
      .locator('.nm-marker__badge')
      .first()
      .evaluate((badge) => getComputedStyle(badge).transitionDuration),
  ).resolves.toBe('0s');

  const moving = await openGuardedPage(site.browser, site.server);
  await moving.page.goto(`${site.server.url}?basemap=offline`);
  await moving.page.locator('.nm-place-list').waitFor({ state: 'attached' });
  await expect(moving.page.locator('.leaflet-container').getAttribute('class')).resolves.toContain(
    'leaflet-fade-anim',
  );
  await expect(
    moving.page.locator('.leaflet-marker-icon.nm-marker').first().getAttribute('class'),
  ).resolves.toContain('leaflet-zoom-animated');
  expect([...still.errors, ...moving.errors]).toEqual([]);
});
