import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA rule set: everything axe-core checks for levels A and AA up to 2.2. */
export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's own source, from its npm package, to run inside the page under test. */
export function readAxeSource(): Promise<string> {
  return readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
}

/**
 * axe-core's WCAG 2.2 AA violations on the page as it stands, one line per rule and element.
 * axe is evaluated through the DevTools protocol rather than `page.addScriptTag`: the pages'
 * Content-Security-Policy (script-src 'self') rightly refuses an inline script, and turning
 * the policy off would test a different page from the one readers get.
 */
export async function axeViolations(page: Page, axeSource: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_22_AA_TAGS } };
  const results = await page.evaluate(
    (runOptions) =>
      (
        window as unknown as { axe: { run: (context: Document, o: object) => Promise<AxeResults> } }
      ).axe.run(document, runOptions),
    options,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary ?? ''})`,
    ),
  );
}

/** Where focus is, as a keyboard user would describe it. */
export interface FocusState {
  /** 'panel', 'map', 'story' (the strip under the map), 'popup', or 'outside' the viewer. */
  area: 'panel' | 'map' | 'popup' | 'story' | 'outside';
  tag: string;
  /** The element's accessible name, roughly: aria-label, else its text. */
  name: string;
  /** Whether a focus indicator is drawn: an outline of 2 px or more, or a box-shadow ring. */
  ringVisible: boolean;
  /** The place id of a list item or a marker's list twin; undefined for anything else. */
  placeId: string | undefined;
}

/** Describes the focused element: which part of the viewer it is in and whether its ring shows. */
export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement || active instanceof SVGElement)) {
      return { area: 'outside', tag: '', name: '', ringVisible: false, placeId: undefined };
    }
    const area = active.closest('.leaflet-popup')
      ? 'popup'
      : active.closest('.nm-map')
        ? 'map'
        : active.closest('.nm-panel')
          ? 'panel'
          : active.closest('.nm-story-bar')
            ? 'story'
            : 'outside';
    // A marker draws its ring on its badge, the element a reader sees.
    const ringOwner = active.querySelector<HTMLElement>('.nm-marker__badge') ?? active;
    const style = getComputedStyle(ringOwner);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadowRing = /\b[2-9](\.\d+)?px\b/.test(style.boxShadow) && style.boxShadow !== 'none';
    // A shape on the map (a journey's arc) shows its focus as a wide, mostly opaque stroke.
    const strokeRing =
      active instanceof SVGElement &&
      style.stroke !== 'none' &&
      parseFloat(style.strokeOpacity) >= 0.5 &&
      parseFloat(style.strokeWidth) >= 2;
    const name =
      active.getAttribute('aria-label') ??
      active.querySelector('.nm-place__name, .nm-sr-only')?.textContent ??
      active.textContent ??
      '';
    return {
      area,
      tag: active.tagName.toLowerCase(),
      name: name.trim(),
      ringVisible: outline || shadowRing || strokeRing,
      placeId: active instanceof HTMLElement ? active.dataset['placeId'] : undefined,
    } as const;
  });
}

/** Presses Tab (or Shift+Tab) until `done` holds for the focused element, at most `limit` times. */
export async function tabUntil(
  page: Page,
  done: (state: FocusState) => boolean,
  { limit = 120, backwards = false }: { limit?: number; backwards?: boolean } = {},
): Promise<FocusState> {
  let state = await focusState(page);
  for (let presses = 0; !done(state); presses++) {
    if (presses >= limit) throw new Error(`no focus stop matched in ${limit} presses of Tab`);
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    state = await focusState(page);
  }
  return state;
}

/** Loads a page of the built site on the offline base map and waits until the map is drawn. */
export async function openViewerPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.nm-basemap-pane canvas').waitFor();
  await unfoldStoryStrip(page);
}

/**
 * Waits for the story strip (a chunk of its own; it is part of what is checked) and, where it
 * starts folded (the compact layout, narrow screens), unfolds it with its toggle.
 */
export async function unfoldStoryStrip(page: Page): Promise<void> {
  await page.locator('.nm-story').waitFor({ state: 'attached' });
  const toggle = page.locator('.nm-story-bar__toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') {
    await toggle.click();
  }
  await page.locator('.nm-story').waitFor();
}

/**
 * Waits for every open popup to finish fading in (Leaflet's opacity transition): axe reads the
 * colours as they are, and a popup still half transparent shows its text over the map.
 */
export async function popupsAtRest(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.leaflet-popup')].every(
      (popup) => getComputedStyle(popup).opacity === '1',
    ),
  );
}
