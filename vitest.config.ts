import { defineConfig } from 'vitest/config';
import os from 'node:os';
import path from 'node:path';

// Each run builds its own copy of the site, so that two runs at once never share a dist/.
const testDist = path.join(os.tmpdir(), `newsmap-test-dist-${process.pid}`);
process.env['NEWSMAP_TEST_DIST'] = testDist;

export default defineConfig({
  test: {
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
          // One Chromium per file on a two-core machine: files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
