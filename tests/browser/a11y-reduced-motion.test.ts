import { expect, test } from 'vitest';
import { openGuardedPage, useBrowserSite } from './harness.js';
import { openViewerPage } from './a11y-page.js';

const site = useBrowserSite();

/**
 * Presses "Next event" and reads where the map stands in the same task, then again after
 * 90 frames: the offsets of the map's panes and of every marker, which move with its centre
 * and zoom. Equal readings mean the map jumped to its final view; different ones, a flight.
 */
async function viewRightAfterAndLater(reducedMotion: 'reduce' | 'no-preference') {
  const { page, errors } = await openGuardedPage(site.browser, site.server, { reducedMotion });
  await openViewerPage(page, `${site.server.url}?basemap=offline`);
  const readings = await page.evaluate(async () => {
    const view = () =>
      [
        document.querySelector<HTMLElement>('.leaflet-map-pane')?.style.transform ?? '',
        ...[...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon.nm-marker')].map(
          (marker) => marker.style.transform,
        ),
      ].join(' ');
    const frames = (count: number) =>
      new Promise<void>((resolve) => {
        const step = (left: number) =>
          left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
        step(count);
      });
    document.querySelector<HTMLButtonElement>('.nm-story__next')?.click();
    const rightAfter = view();
    await frames(90);
    return { rightAfter, later: view() };
  });
  await page.getByRole('dialog').waitFor();
  return { ...readings, errors };
}

test('prefers-reduced-motion: a story step jumps, the map at its final view the moment the step opens', async () => {
  const still = await viewRightAfterAndLater('reduce');
  expect(still.rightAfter).toBe(still.later);
  // The same step flies without the preference: the check tells a jump from a flight.
  const moving = await viewRightAfterAndLater('no-preference');
  expect(moving.rightAfter).not.toBe(moving.later);
  expect([...still.errors, ...moving.errors]).toEqual([]);
});
