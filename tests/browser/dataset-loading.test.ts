import { describe, expect, test } from 'vitest';
import { openGuardedPage, type GuardedPage, useBrowserSite } from './harness.js';
import { buildSyntheticDataset } from '../../bench/generate-dataset.js';

const site = useBrowserSite();

const DATASET_PATH = '/data/blinken-beijing-talks-2023.geojson';
// Over the 256 KiB up to which the page reads a dataset itself.
const LARGE_BODY = JSON.stringify(buildSyntheticDataset(2_000, 8, { events: false }));

interface Watched extends GuardedPage {
  datasetRequests: string[];
  workers: string[];
}

/** The full viewer page, counting the dataset's downloads and the workers the page starts. */
async function openWatched(
  prepare: (guarded: GuardedPage) => Promise<void> = async () => undefined,
): Promise<Watched> {
  const guarded = await openGuardedPage(site.browser, site.server);
  const datasetRequests: string[] = [];
  const workers: string[] = [];
  guarded.page.on('request', (request) => {
    if (new URL(request.url()).pathname === DATASET_PATH) datasetRequests.push(request.url());
  });
  guarded.page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await prepare(guarded);
  await guarded.page.goto(site.server.url);
  return { ...guarded, datasetRequests, workers };
}

async function serveLargeDataset({ context }: GuardedPage): Promise<void> {
  await context.route(
    (url) => url.pathname === DATASET_PATH,
    (route) => route.fulfill({ body: LARGE_BODY, contentType: 'application/geo+json' }),
  );
}

describe('loading the dataset', () => {
  test('the article map asks for its dataset while its script downloads, once, and starts no worker for it', async () => {
    const { page, datasetRequests, workers, errors, context } = await openWatched();
    await page.locator('.nm-marker:not(.nm-marker--hidden)').first().waitFor();
    const timing = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const find = (part: string) => entries.find((entry) => entry.name.includes(part));
      return {
        datasetStart: find('/data/blinken-beijing-talks-2023.geojson')?.startTime,
        scriptEnd: find('/assets/viewer.js')?.responseEnd,
      };
    });
    expect(datasetRequests).toHaveLength(1);
    // Asked for by the page's preload, not after the script has run.
    expect(timing.datasetStart).toBeLessThan(timing.scriptEnd ?? 0);
    expect(workers.filter((worker) => worker.endsWith('/dataset-worker.js'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a large dataset is downloaded once and read in the worker, and the map shows it', async () => {
    const { page, datasetRequests, workers, errors, context } =
      await openWatched(serveLargeDataset);
    await page.locator('.nm-cluster').first().waitFor();
    expect(workers).toContain('/assets/dataset-worker.js');
    expect(datasetRequests).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('when the dataset worker cannot load, the page reads a large dataset itself', async () => {
    const { page, errors, context } = await openWatched(async (guarded) => {
      await serveLargeDataset(guarded);
      await guarded.context.route('**/dataset-worker.js', (route) => route.abort());
    });
    await page.locator('.nm-cluster').first().waitFor();
    const search = page.getByRole('searchbox');
    await search.waitFor();
    expect(await search.getAttribute('placeholder')).toBe('Search 2,000 places');
    expect(errors.filter((error) => !error.includes('dataset-worker.js'))).toEqual([]);
    await context.close();
  });
});
