import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openGuardedPage, readArticleDataset, useBrowserSite } from './harness.js';
import { must } from './story-page.js';
import { buildStorySteps, type StoryOrder, type StoryStep } from '../../src/viewer/story-steps.js';

const site = useBrowserSite();

const dataset = readArticleDataset();

async function openViewer(page: Page, hash = '') {
  await page.goto(`${site.server.url}?basemap=offline${hash}`);
  await page.locator('.nm-story').waitFor();
}

const ORDER_BUTTON: Record<StoryOrder, string> = {
  chronological: 'As it happened',
  article: 'As the article tells it',
};

/** Waits until the page shows `step`: its URL, its place's popup, its sentence highlighted. */
async function expectStepShown(page: Page, step: StoryStep, position: string) {
  await page.waitForFunction(
    (hash) => new URLSearchParams(location.hash.slice(1)).get('step') === hash,
    step.id,
  );
  const hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
  expect(hash.get('place'), step.id).toBe(step.placeId);
  await expect(page.locator('.leaflet-popup .nm-popup__name').textContent()).resolves.toBe(
    step.placeName,
  );
  expect(
    await page
      .locator('.nm-sentence--highlight')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset['sentence'])),
  ).toEqual([String(step.sentence)]);
  await expect(page.locator('.nm-story__sentence').textContent()).resolves.toBe(step.summary);
  await expect(page.locator('.nm-story__position').textContent()).resolves.toBe(position);
  await expect(
    page.locator('.nm-tl-event[aria-current="step"]').getAttribute('data-date'),
  ).resolves.toBe(step.date);
}

describe('story mode visits every event, in each order, and the URL follows', () => {
  for (const order of ['chronological', 'article'] as const) {
    test(order, async () => {
      const steps = [...(await buildStorySteps(dataset.features, order))];
      const eventCount = dataset.features.reduce((n, f) => n + f.properties.events.length, 0);
      expect(steps).toHaveLength(eventCount);
      // Reduced motion: each step jumps, so the test does not wait for flights.
      const { page, errors } = await openGuardedPage(site.browser, site.server, {
        reducedMotion: 'reduce',
      });
      await openViewer(page);
      const historyLength = await page.evaluate(() => history.length);
      await page.getByRole('button', { name: ORDER_BUTTON[order] }).click();
      await expect(
        page.getByRole('button', { name: ORDER_BUTTON[order] }).getAttribute('aria-pressed'),
      ).resolves.toBe('true');
      for (const [i, step] of steps.entries()) {
        await page.getByRole('button', { name: 'Next event' }).click();
        await expectStepShown(page, step, `${i + 1} of ${steps.length}`);
      }
      await expect(
        page.getByRole('button', { name: 'Next event' }).getAttribute('aria-disabled'),
      ).resolves.toBe('true');
      // And back again with Previous.
      for (const [i, step] of [...steps.entries()].reverse().slice(1)) {
        await page.getByRole('button', { name: 'Previous event' }).click();
        await expectStepShown(page, step, `${i + 1} of ${steps.length}`);
      }
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      expect(errors).toEqual([]);
    });
  }
});

test('changing the order keeps the step shown and renumbers it', async () => {
  const { page } = await openGuardedPage(site.browser, site.server, { reducedMotion: 'reduce' });
  await openViewer(page, '#step=matsu-islands-2023-04-09');
  const chronological = [...(await buildStorySteps(dataset.features, 'chronological'))];
  const article = [...(await buildStorySteps(dataset.features, 'article'))];
  const id = 'matsu-islands-2023-04-09';
  await expect(page.locator('.nm-story__position').textContent()).resolves.toBe(
    `${chronological.findIndex((s) => s.id === id) + 1} of ${chronological.length}`,
  );
  await page.getByRole('button', { name: 'As the article tells it' }).click();
  await expect(page.locator('.nm-story__position').textContent()).resolves.toBe(
    `${article.findIndex((s) => s.id === id) + 1} of ${article.length}`,
  );
  await page.getByRole('button', { name: 'Next event' }).click();
  const next = must(article[article.findIndex((s) => s.id === id) + 1], 'the step after Matsu');
  await page.waitForFunction((step) => location.hash.includes(`step=${step}`), next.id);
});

test('a step URL opens that step: its place, its sentence and its place on the timeline', async () => {
  const { page, errors } = await openGuardedPage(site.browser, site.server);
  const steps = [...(await buildStorySteps(dataset.features, 'chronological'))];
  for (const id of [
    'vienna-2023-05',
    'diaoyutai-state-guesthouse-2023-06-18-3',
    'taiwan-strait-2023-06-03',
  ]) {
    const step = must(
      steps.find((candidate) => candidate.id === id),
      id,
    );
    await openViewer(page, `#step=${id}`);
    await page.reload();
    await page.locator('.nm-story').waitFor();
    await expectStepShown(page, step, `${steps.indexOf(step) + 1} of ${steps.length}`);
  }
  // A month-only step says so.
  await openViewer(page, '#step=vienna-2023-05');
  await page.reload();
  await page.locator('.leaflet-popup').waitFor();
  await expect(page.locator('.nm-story__date').textContent()).resolves.toBe(
    'May 2023 (month only)',
  );
  // An unknown step opens nothing and breaks nothing.
  await openViewer(page, '#step=no-such-step');
  await page.reload();
  await page.locator('.nm-story').waitFor();
  await expect(page.locator('.leaflet-popup').count()).resolves.toBe(0);
  expect(errors).toEqual([]);
});

test('opening another place leaves the story: the step leaves the URL', async () => {
  const { page } = await openGuardedPage(site.browser, site.server, { reducedMotion: 'reduce' });
  await openViewer(page, '#step=vienna-2023-05');
  await page.locator('.leaflet-popup').waitFor();
  await page.locator('.nm-mention[data-place-id="matsu-islands"]').first().click();
  await page.locator('.leaflet-popup .nm-popup__name:text-is("Matsu Islands")').waitFor();
  expect(new URL(page.url()).hash).toBe('#place=matsu-islands');
});

test('arrow keys step while the story controls have focus, never from the map or a date input', async () => {
  const { page } = await openGuardedPage(site.browser, site.server, { reducedMotion: 'reduce' });
  await openViewer(page);
  const steps = [...(await buildStorySteps(dataset.features, 'chronological'))];
  const stepInUrl = () =>
    page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('step'));
  await page.getByRole('button', { name: 'Next event' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(stepInUrl()).resolves.toBe(steps[0]?.id);
  await page.keyboard.press('ArrowRight');
  await expect(stepInUrl()).resolves.toBe(steps[1]?.id);
  await page.keyboard.press('ArrowLeft');
  await expect(stepInUrl()).resolves.toBe(steps[0]?.id);
  // Focus stays on the control the reader is using.
  await expect(
    page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
  ).resolves.toBe('Next event');
  await page.locator('.nm-date-filter__input').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(stepInUrl()).resolves.toBe(steps[0]?.id);
  await page.locator('.nm-map').focus();
  await page.keyboard.press('ArrowRight');
  await expect(stepInUrl()).resolves.toBe(steps[0]?.id);
});

test('play advances one step at a time until paused', async () => {
  const { page } = await openGuardedPage(site.browser, site.server, { reducedMotion: 'reduce' });
  await page.clock.install();
  await openViewer(page);
  const steps = [...(await buildStorySteps(dataset.features, 'chronological'))];
  const stepInUrl = () =>
    page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('step'));
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(stepInUrl()).resolves.toBe(steps[0]?.id);
  await page.clock.runFor(6_000);
  await expect(stepInUrl()).resolves.toBe(steps[1]?.id);
  await page.clock.runFor(6_000);
  await expect(stepInUrl()).resolves.toBe(steps[2]?.id);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(30_000);
  await expect(stepInUrl()).resolves.toBe(steps[2]?.id);
  await expect(page.locator('.nm-story__play').textContent()).resolves.toBe('Play');
});

describe('motion', () => {
  test('with motion allowed, a step flies to the place and opens its popup on arrival', async () => {
    const { page, errors } = await openGuardedPage(site.browser, site.server);
    await openViewer(page);
    const opened = await page.evaluate(() => {
      document.querySelector<HTMLElement>('.nm-story__next')?.click();
      return document.querySelector('.leaflet-popup') !== null;
    });
    expect(opened).toBe(false);
    const first = must(
      [...(await buildStorySteps(dataset.features, 'chronological'))][0],
      'a first step',
    );
    await page.locator(`.leaflet-popup .nm-popup__name:text-is("${first.placeName}")`).waitFor();
    expect(errors).toEqual([]);
  });

  test('a step whose panel grows the strip mid-flight opens its popup on landing, whole inside the map', async () => {
    const { page, errors } = await openGuardedPage(site.browser, site.server);
    await openViewer(page);
    await page.getByRole('button', { name: ORDER_BUTTON.article }).click();
    await page.getByRole('button', { name: 'Next event' }).click();
    await page.locator('.leaflet-popup').waitFor();
    const placement = () =>
      page.evaluate(() => {
        const map = document.querySelector('.leaflet-container')?.getBoundingClientRect();
        const popup = document.querySelector('.leaflet-popup')?.getBoundingClientRect();
        return { map: [map?.top, map?.bottom], popup: [popup?.top, popup?.bottom] };
      });
    // Still, once two readings a few frames apart agree.
    let before = await placement();
    for (;;) {
      await page.waitForTimeout(300);
      const now = await placement();
      if (JSON.stringify(now) === JSON.stringify(before)) break;
      before = now;
    }
    const [mapTop = NaN, mapBottom = NaN] = before.map;
    const [popupTop = NaN, popupBottom = NaN] = before.popup;
    expect(popupTop).toBeGreaterThanOrEqual(mapTop);
    expect(popupBottom).toBeLessThanOrEqual(mapBottom);
    expect(errors).toEqual([]);
  });

  test('with prefers-reduced-motion, a step jumps: the popup is open at once, with no flight', async () => {
    const { page, errors } = await openGuardedPage(site.browser, site.server, {
      reducedMotion: 'reduce',
    });
    await openViewer(page);
    const state = await page.evaluate(() => {
      document.querySelector<HTMLElement>('.nm-story__next')?.click();
      return {
        popup: document.querySelector('.leaflet-popup .nm-popup__name')?.textContent,
        animating: document.querySelector('.leaflet-zoom-anim') !== null,
      };
    });
    const first = must(
      [...(await buildStorySteps(dataset.features, 'chronological'))][0],
      'a first step',
    );
    expect(state).toEqual({ popup: first.placeName, animating: false });
    expect(errors).toEqual([]);
  });
});
