import { beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, openGuardedPage, PHONE, useBrowserSite } from './harness.js';
import {
  axeViolations,
  openViewerPage,
  popupsAtRest,
  readAxeSource,
  unfoldStoryStrip,
  WCAG_22_AA_TAGS,
} from './a11y-page.js';

const site = useBrowserSite();

let axeSource: string;

beforeAll(async () => {
  axeSource = await readAxeSource();
});

const VIEWPORTS = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const;

describe(`axe-core (${WCAG_22_AA_TAGS.join(', ')}) finds no violation`, () => {
  for (const [label, viewport] of VIEWPORTS) {
    const phone = label === 'phone';
    for (const file of ['index.html', 'embed.html']) {
      test(`${file}, ${label}: on load and with a popup open`, async () => {
        const { page, errors } = await openGuardedPage(site.browser, site.server, {
          viewport,
          isMobile: phone,
          hasTouch: phone,
        });
        await openViewerPage(page, `${site.server.url}${file}?basemap=offline`);
        expect(await axeViolations(page, axeSource)).toEqual([]);

        await page.goto(
          `${site.server.url}${file}?basemap=offline#place=diaoyutai-state-guesthouse`,
        );
        await page.reload();
        await page.getByRole('dialog', { name: 'Diaoyutai State Guesthouse' }).waitFor();
        await unfoldStoryStrip(page);
        await popupsAtRest(page);
        expect(await axeViolations(page, axeSource)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }

    test(`index.html, ${label}: in story mode, a step open`, async () => {
      const { page, errors } = await openGuardedPage(site.browser, site.server, {
        viewport,
        isMobile: phone,
        hasTouch: phone,
        // The step jumps instead of flying, so the check sees the step as it comes to rest.
        reducedMotion: 'reduce',
      });
      await openViewerPage(page, `${site.server.url}index.html?basemap=offline`);
      await page.getByRole('button', { name: 'Next event' }).click();
      await page.getByRole('button', { name: 'Next event' }).click();
      await expect(page.locator('.nm-story__position').textContent()).resolves.toMatch(/^2 of /);
      await page.getByRole('dialog').waitFor();
      await popupsAtRest(page);
      expect(await axeViolations(page, axeSource)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
