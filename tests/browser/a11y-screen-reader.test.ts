import { expect, test } from 'vitest';
import { openGuardedPage, readArticleDataset, useBrowserSite } from './harness.js';
import { openViewerPage } from './a11y-page.js';
import { dateSpan } from '../../src/viewer/date-range.js';
import { kindLabel } from '../../src/viewer/place-kind.js';
import {
  buildStorySteps,
  collectStoryEvents,
  placesWithEventsIn,
} from '../../src/viewer/story-steps.js';

const site = useBrowserSite();

const dataset = readArticleDataset();

test('the map is a region named and described; every place opens a dialog named by the place, saying its kind in words', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await openViewerPage(page, `${site.server.url}?basemap=offline`);
  const map = page.getByRole('region', { name: 'Map of the places in the article' });
  await expect(map.getAttribute('aria-describedby')).resolves.toBeTruthy();
  const description = await page
    .locator(`#${await map.getAttribute('aria-describedby')}`)
    .textContent();
  expect(description).toContain(`the ${dataset.features.length} places the article mentions`);

  for (const feature of dataset.features) {
    const { name, kind } = feature.properties;
    // The list item says the kind in words beside its symbol.
    const item = page.locator(`.nm-place[data-place-id="${feature.id}"]`);
    await expect(item.locator('.nm-place__summary').textContent()).resolves.toContain(
      kindLabel(kind),
    );
    await item.click();
    const dialog = page.getByRole('dialog', { name, exact: true });
    await expect(dialog.count()).resolves.toBe(1);
    await expect(dialog.locator('.nm-popup__meta').textContent()).resolves.toContain(
      kindLabel(kind),
    );
  }
  // Markers are buttons named by their place; the map's own controls are named in words.
  for (const feature of dataset.features.filter((f) => f.properties.focus)) {
    await expect(
      map.getByRole('button', { name: feature.properties.name, exact: true }).count(),
    ).resolves.toBeGreaterThanOrEqual(1);
  }
  for (const control of ['Zoom in', 'Zoom out', 'Close popup']) {
    await expect(map.getByRole('button', { name: control }).count()).resolves.toBe(1);
  }
  expect(errors).toEqual([]);
});

test('story steps and date-filter results are announced in the one polite live region', async () => {
  const steps = [...(await buildStorySteps(dataset.features, 'chronological'))];
  const { page, errors } = await openGuardedPage(site.browser, site.server, {
    reducedMotion: 'reduce',
  });
  await openViewerPage(page, `${site.server.url}?basemap=offline`);
  const regions = page.locator('.newsmap [aria-live]');
  await expect(regions.count()).resolves.toBe(1);
  await expect(regions.getAttribute('aria-live')).resolves.toBe('polite');
  const announced = () => regions.textContent();
  const before = await announced();

  await page.getByRole('button', { name: 'Next event' }).click();
  const first = await announced();
  expect(first).not.toBe(before);
  expect(first).toMatch(new RegExp(`^Event 1 of ${steps.length}: .+, ${steps[0]?.placeName}\\.$`));
  await page.getByRole('button', { name: 'Next event' }).click();
  expect(await announced()).toMatch(
    new RegExp(`^Event 2 of ${steps.length}: .+, ${steps[1]?.placeName}\\.$`),
  );

  await page.getByLabel('From', { exact: true }).fill('2023-06-01');
  const june = placesWithEventsIn(await collectStoryEvents(dataset.features), {
    first: dateSpan('2023-06-01').first,
    last: dateSpan(await page.getByLabel('To', { exact: true }).inputValue()).last,
  });
  expect(june.size).toBeGreaterThan(0);
  expect(await announced()).toMatch(
    new RegExp(
      `^${june.size} of ${dataset.features.length} places (has|have) events between 1 June 2023 and `,
    ),
  );
  await page.getByRole('button', { name: 'All dates' }).click();
  expect(await announced()).toBe(`All ${dataset.features.length} places shown.`);
  expect(errors).toEqual([]);
});

test('every SVG is hidden from screen readers, or named, or holds only named controls', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await openViewerPage(page, `${site.server.url}?basemap=offline#place=beijing`);
  await page.getByRole('dialog', { name: 'Beijing' }).waitFor();
  const unexplained = await page.locator('svg').evaluateAll((svgs) =>
    svgs
      .filter((svg) => {
        if (svg.closest('[aria-hidden="true"]') !== null) return false;
        if (svg.hasAttribute('aria-label') || svg.hasAttribute('aria-labelledby')) return false;
        // A map's shape layer (Leaflet's SVG renderer) is fine when all it exposes is named buttons.
        const exposed = [...svg.querySelectorAll('[role], [tabindex], title, text')];
        return !exposed.every(
          (node) => node.getAttribute('role') === 'button' && node.hasAttribute('aria-label'),
        );
      })
      .map(
        (svg) => `svg.${svg.getAttribute('class') ?? ''} in ${svg.parentElement?.className ?? ''}`,
      ),
  );
  expect(unexplained).toEqual([]);
  // And the check can tell: the place symbols are there and hidden.
  await expect(page.locator('.nm-place__icon[aria-hidden="true"]').count()).resolves.toBe(
    dataset.features.length,
  );
  expect(errors).toEqual([]);
});
