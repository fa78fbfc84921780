import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage, readArticleDataset, useBrowserSite } from './harness.js';
import { focusState, openViewerPage, tabUntil, type FocusState } from './a11y-page.js';
import { buildStorySteps } from '../../src/viewer/story-steps.js';

const site = useBrowserSite();

const dataset = readArticleDataset();

/** The areas focus passed through, in order, each named once per visit. */
function areasVisited(stops: readonly FocusState[]): string[] {
  return stops.map((stop) => stop.area).filter((area, i, all) => area !== all[i - 1]);
}

/** Tabs from where focus is until it leaves the viewer, keeping every stop on the way. */
async function tabOutOfViewer(page: Page): Promise<FocusState[]> {
  const stops: FocusState[] = [];
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const stop = await focusState(page);
    if (stop.area === 'outside' && stops.length > 0) return stops;
    if (stop.area !== 'outside') stops.push(stop);
  }
  throw new Error('focus never left the viewer: a keyboard trap');
}

const unringed = (stops: readonly FocusState[]) =>
  stops.filter((stop) => !stop.ringVisible).map((stop) => `${stop.area} ${stop.tag} ${stop.name}`);

test('Tab goes through the panel, the map and the story controls in that order, each stop visibly focused, and leaves; Shift+Tab walks back', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await openViewerPage(page, `${site.server.url}?basemap=offline`);

  const forward = await tabOutOfViewer(page);
  expect(areasVisited(forward)).toEqual(['panel', 'map', 'story']);
  expect(unringed(forward)).toEqual([]);
  const names = (area: FocusState['area']) =>
    forward.filter((stop) => stop.area === area).map((stop) => stop.name);
  // Every place is in the panel's list; every focus place has a marker to Tab to.
  expect(names('panel')).toEqual(
    expect.arrayContaining(dataset.features.map((f) => f.properties.name)),
  );
  expect(names('map')).toEqual(
    expect.arrayContaining([
      'Map of the places in the article',
      ...dataset.features.filter((f) => f.properties.focus).map((f) => f.properties.name),
      'Zoom in',
      'Zoom out',
    ]),
  );
  expect(names('story')).toEqual(
    expect.arrayContaining(['Previous event', 'Play', 'Next event', 'As it happened']),
  );

  // Shift+Tab from beyond the viewer retraces the same stops, from the story controls back
  // through the map to the panel's first.
  const backward: FocusState[] = [];
  while (backward.length < forward.length) {
    await page.keyboard.press('Shift+Tab');
    backward.push(await focusState(page));
  }
  expect(areasVisited(backward)).toEqual(['story', 'map', 'panel']);
  expect(backward.map((stop) => stop.name)).toEqual(forward.map((stop) => stop.name).reverse());
  expect(errors).toEqual([]);
});

test('a popup opened from its marker is read by Tab, closes with Escape, and Tab leaves it for the story controls', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await openViewerPage(page, `${site.server.url}?basemap=offline`);
  const marker = await tabUntil(page, (s) => s.area === 'map' && s.name === 'Beijing', {
    limit: 200,
  });
  expect(marker.ringVisible).toBe(true);
  await page.keyboard.press('Enter');
  expect(await focusState(page)).toMatchObject({
    area: 'popup',
    name: 'Beijing',
    ringVisible: true,
  });

  // The popup's own controls come next, then the map's, then the strip under it: no trap.
  const inside = [];
  let stop = await focusState(page);
  while (stop.area === 'popup') {
    await page.keyboard.press('Tab');
    stop = await focusState(page);
    if (stop.area === 'popup') inside.push(stop);
  }
  expect(inside.map((s) => s.name)).toEqual(['Read in the article', 'Close popup']);
  expect(unringed(inside)).toEqual([]);
  const out = await tabUntil(page, (s) => s.area === 'story', { limit: 20 });
  expect(out.ringVisible).toBe(true);
  await expect(page.getByRole('dialog', { name: 'Beijing' }).count()).resolves.toBe(1);

  // Back into the popup with Shift+Tab, and Escape returns focus to the marker.
  await tabUntil(page, (s) => s.area === 'popup', { backwards: true, limit: 20 });
  await page.keyboard.press('Escape');
  await expect(page.locator('.leaflet-popup').count()).resolves.toBe(0);
  expect(await focusState(page)).toMatchObject({ area: 'map', name: 'Beijing', ringVisible: true });
  expect(errors).toEqual([]);
});

test('a wider place opened from the URL: its marker hides again on closing, so focus returns to its list item', async () => {
  const wider = dataset.features.find((f) => !f.properties.focus && f.properties.extent);
  if (wider === undefined) throw new Error('the dataset has no wider place');
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  await page.goto(`${site.server.url}?basemap=offline#place=${wider.id}`);
  await page.getByRole('dialog', { name: wider.properties.name }).waitFor();
  await page.locator('.nm-story').waitFor();

  await tabUntil(page, (s) => s.area === 'popup', { limit: 300 });
  await page.keyboard.press('Escape');
  await expect(page.locator('.leaflet-popup').count()).resolves.toBe(0);
  await expect(
    page
      .locator(`.leaflet-marker-icon:has(.nm-sr-only:text-is("${wider.properties.name}"))`)
      .isVisible(),
  ).resolves.toBe(false);
  expect(await focusState(page)).toMatchObject({
    area: 'panel',
    placeId: wider.id,
    ringVisible: true,
  });
  expect(errors).toEqual([]);
});

test('story mode steps with the arrow keys, focus staying on the control, each step announced', async () => {
  const steps = [...(await buildStorySteps(dataset.features, 'chronological'))];
  const { page, errors } = await openGuardedPage(site.browser, site.server, {
    reducedMotion: 'reduce',
  });
  await openViewerPage(page, `${site.server.url}?basemap=offline`);
  const live = page.locator('.newsmap > [aria-live="polite"]');

  await tabUntil(page, (s) => s.name === 'Next event', { limit: 300 });
  const expectStep = async (index: number) => {
    const step = steps[index];
    if (step === undefined) throw new Error(`no step ${index}`);
    await expect(page.locator('.nm-story__position').textContent()).resolves.toBe(
      `${index + 1} of ${steps.length}`,
    );
    await page.getByRole('dialog', { name: step.placeName }).waitFor();
    await expect(live.textContent()).resolves.toMatch(
      new RegExp(`^Event ${index + 1} of ${steps.length}: .*${step.placeName}\\.$`),
    );
    expect(await focusState(page)).toMatchObject({
      area: 'story',
      name: 'Next event',
      ringVisible: true,
    });
  };
  await page.keyboard.press('Enter');
  await expectStep(0);
  await page.keyboard.press('ArrowRight');
  await expectStep(1);
  await page.keyboard.press('ArrowRight');
  await expectStep(2);
  await page.keyboard.press('ArrowLeft');
  await expectStep(1);
  expect(errors).toEqual([]);
});
