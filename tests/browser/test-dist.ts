/** Where this test run's copy of the built site lives (set per run by vitest.config.ts). */
export function testDist(): string {
  const dir = process.env['NEWSMAP_TEST_DIST'];
  if (dir === undefined || dir === '')
    throw new Error('NEWSMAP_TEST_DIST is not set: run the browser tests through vitest.config.ts');
  return dir;
}
