import * as esbuild from 'esbuild';
import { buildWorkers, ENTRY_POINTS } from '../../esbuild.config.mjs';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { testDist } from './test-dist.js';
import type { createViewer } from '../../src/viewer/create-viewer.js';

/**
 * A blank page under the test site that can `import('./create-viewer.js')`, for tests that
 * drive createViewer directly (several viewers, destroy, a hostile host stylesheet). The
 * module is bundled from src/ into this run's copy of the site, once per run.
 */
export const TEST_PAGE = 'viewer-test/blank.html';
export const TEST_HOOK = 'newsmapTest';

/** How a test reaches createViewer inside the page (the page's only global of its own). */
export type TestHook = { newsmapTest: { createViewer: typeof createViewer } };

export async function buildViewerTestPage(): Promise<void> {
  const dir = path.join(testDist(), 'viewer-test');
  if (existsSync(path.join(dir, 'blank.html'))) return;
  await mkdir(dir, { recursive: true });
  await esbuild.build({
    // The site's own entries too: the lazily loaded styles sit beside the chunks.
    entryPoints: { ...ENTRY_POINTS, 'create-viewer': 'src/viewer/create-viewer.ts' },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: ['es2022'],
    external: ['*.png'],
    logLevel: 'warning',
  });
  await buildWorkers({ assetsDir: dir, minify: false });
  await writeFile(
    path.join(dir, 'blank.html'),
    [
      '<!doctype html><html lang="en"><head><meta charset="utf-8" />',
      '<meta name="viewport" content="width=device-width, initial-scale=1" />',
      '<title>viewer test page</title><link rel="stylesheet" href="create-viewer.css" /></head>',
      '<body><main></main>',
      // Test-only: the page hands the module to the test (vitest rewrites import() inside evaluate).
      `<script type="module">import { createViewer } from './create-viewer.js'; window.${TEST_HOOK} = { createViewer };</script>`,
      '</body></html>',
    ].join('\n'),
  );
}

/** The value, or a failed test saying what was missing. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

/** Reads the text a reader sees in the open popup, split the way the dataset holds it. */
export function readOpenPopup(page: Page) {
  return page.locator('.leaflet-popup').evaluate((popup) => {
    const texts = (selector: string) =>
      [...popup.querySelectorAll(selector)].map((node) => node.textContent ?? '');
    return {
      name: popup.querySelector('.nm-popup__name')?.textContent ?? '',
      captions: texts('.nm-caption__text'),
      quotes: texts('.nm-quote__text'),
      speakers: texts('.nm-quote__speaker'),
    };
  });
}
