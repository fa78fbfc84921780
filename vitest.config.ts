import { defineConfig } from 'vitest/config';
import os from 'node:os';
import path from 'node:path';

// Each run builds its own copy of the site, so that two runs at once never share a dist/.
const testDist = path.join(os.tmpdir(), `newsmap-test-dist-${process.pid}`);
process.env['NEWSMAP_TEST_DIST'] = testDist;

export default defineConfig({
  test: {
    // A worker per core: this Vitest's default of one fewer ran the unit files one at a time on
    // a two-core machine (112 s against 75).
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/unit/gazetteer-once.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/build-once.ts'],
          // One Chromium per file, one file per worker: on a two-core machine two files at once
          // took 4.6-5.4 min (three runs) against 5.8 one after another (two runs, same hour).
          // Each worker keeps in its process the modules the files share (playwright-core, the
          // harness, the dataset generator) instead of importing them again for each file: 32 s
          // of a run went to imports. No browser test mocks a module or stubs a global.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
