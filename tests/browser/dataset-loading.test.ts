import { describe, expect, test } from 'vitest';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  openGuardedPage,
  readArticleDataset,
  type GuardedPage,
  useBrowserSite,
} from './harness.js';
import { buildSyntheticDataset } from '../../bench/generate-dataset.js';
import { writeGzipCopy } from '../../src/server/gzip-copy.js';
import { DECODED_LENGTH_HEADER } from '../../src/viewer/dataset-download.js';
import { READ_AS_IT_ARRIVES_FROM, READ_IN_PAGE_MAX_BYTES } from '../../src/viewer/load-dataset.js';
import { testDist } from './test-dist.js';

const site = useBrowserSite();

const DATASET_PATH = '/data/blinken-beijing-talks-2023.geojson';
// Read on the page, parsed at once: 2.2 MB.
const MEDIUM_BODY = JSON.stringify(buildSyntheticDataset(5_000, 8));
// Read on the page as it arrives: 20,000 places, 9 MB.
const ARRIVING_PLACES = 20_000;
// Over the size up to which the page reads a dataset itself: 150,000 places, 68 MB.
const LARGE_PLACES = 150_000;
let largeBody: string | undefined;
function serveLargeDataset(guarded: GuardedPage): Promise<void> {
  largeBody ??= JSON.stringify(buildSyntheticDataset(LARGE_PLACES, 8));
  expect(largeBody.length).toBeGreaterThan(READ_IN_PAGE_MAX_BYTES);
  return serveDataset(largeBody)(guarded);
}

interface Watched extends GuardedPage {
  datasetRequests: string[];
  /** The paths of the workers the page started. */
  workers: string[];
  /** Whether the page fetched the code that reads a dataset piece by piece as it arrives. */
  readAsItArrived(): boolean;
  /** Whether the page fetched valibot's full pass, which words a misshapen dataset's issues. */
  loadedSchemaIssues(): boolean;
}

/**
 * The full viewer page (`?data=` another dataset of the site's), counting the dataset's
 * downloads and the workers the page starts.
 */
async function openWatched(
  prepare: (guarded: GuardedPage) => Promise<void> = async () => undefined,
  query = '',
): Promise<Watched> {
  const guarded = await openGuardedPage(site.browser, site.server);
  const datasetRequests: string[] = [];
  const workers: string[] = [];
  const assets: string[] = [];
  guarded.page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname === DATASET_PATH) datasetRequests.push(request.url());
    if (pathname.startsWith('/assets/')) assets.push(pathname);
  });
  guarded.page.on('worker', (worker) => {
    workers.push(new URL(worker.url()).pathname);
  });
  await prepare(guarded);
  await guarded.page.goto(`${site.server.url}${query}`);
  const readAsItArrived = () =>
    assets.some((asset) => asset.startsWith('/assets/read-arriving-dataset-'));
  const loadedSchemaIssues = () =>
    assets.some((asset) => asset.startsWith('/assets/schema-issues-'));
  return { ...guarded, datasetRequests, workers, readAsItArrived, loadedSchemaIssues };
}

/** Prepares a page to be given `body` in place of the article's dataset. */
function serveDataset(body: string) {
  return async ({ context }: GuardedPage): Promise<void> => {
    await context.route(
      (url) => url.pathname === DATASET_PATH,
      (route) => route.fulfill({ body, contentType: 'application/geo+json' }),
    );
  };
}

/**
 * Has the page's fetch of its dataset answer with `contentLength` for its only size, or none:
 * the body is the same, its size unknown until it has arrived.
 */
function declaringLength(contentLength: string | undefined) {
  return async ({ context }: GuardedPage): Promise<void> => {
    await context.addInitScript(
      ([datasetPath, decodedLengthHeader, length]) => {
        const pageFetch = window.fetch.bind(window);
        window.fetch = async (input, init) => {
          const response = await pageFetch(input, init);
          if (new URL(response.url).pathname !== datasetPath) return response;
          const headers = new Headers(response.headers);
          headers.delete('content-length');
          headers.delete('content-encoding');
          headers.delete(decodedLengthHeader);
          if (length !== undefined) headers.set('content-length', length);
          return new Response(response.body, { status: response.status, headers });
        };
      },
      [DATASET_PATH, DECODED_LENGTH_HEADER, contentLength] as const,
    );
  };
}

/** A host that compresses as it sends: no size at all. */
const withoutContentLength = declaringLength(undefined);
/**
 * A compressed dataset from another origin that does not expose its Content-Encoding: the
 * size the page sees is the compressed one, a tenth of the text's.
 */
const withCompressedLength = declaringLength(String(READ_AS_IT_ARRIVES_FROM / 8));

describe('loading the dataset', () => {
  test('the loading notice is shown only once the map is slow to come, and goes when it has', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { page, errors, context } = await openWatched(async ({ context: watched }) => {
      await watched.route(
        (url) => url.pathname === DATASET_PATH,
        async (route) => {
          await held;
          await route.continue();
        },
      );
      // How the notice is drawn in the task that adds it: not at all, yet.
      await watched.addInitScript(() => {
        const watcher = new MutationObserver(() => {
          const notice = document.querySelector('.nm-status');
          if (notice === null) return;
          document.documentElement.dataset['noticeDisplayAtFirst'] =
            getComputedStyle(notice).display;
          watcher.disconnect();
        });
        watcher.observe(document, { childList: true, subtree: true });
      });
    });
    const notice = page.getByText('Loading the map…');
    await notice.waitFor({ state: 'visible' });
    expect(await page.locator('html').getAttribute('data-notice-display-at-first')).toBe('none');
    release();
    await page.locator('.nm-marker:not(.nm-marker--hidden)').first().waitFor();
    await expect(notice.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the article map asks for its dataset while its script downloads, once, reads it whole and starts no worker for it', async () => {
    const { page, datasetRequests, workers, readAsItArrived, loadedSchemaIssues, errors, context } =
      await openWatched();
    await page.locator('.nm-marker:not(.nm-marker--hidden)').first().waitFor();
    const timing = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const find = (part: string) => entries.find((entry) => entry.name.includes(part));
      return {
        datasetStart: find('/data/blinken-beijing-talks-2023.geojson')?.startTime,
        validatorStart: find('/assets/read-dataset-')?.startTime,
        scriptEnd: find('/assets/viewer.js')?.responseEnd,
      };
    });
    expect(datasetRequests).toHaveLength(1);
    // Asked for by the page's preloads, not after the script has run: the dataset and the
    // code that validates it.
    expect(timing.datasetStart).toBeLessThan(timing.scriptEnd ?? 0);
    expect(timing.validatorStart).toBeLessThan(timing.scriptEnd ?? 0);
    expect(workers.filter((worker) => worker.endsWith('/dataset-worker.js'))).toEqual([]);
    // 60 KB is parsed at once: the piece-by-piece reader would be one more request.
    expect(readAsItArrived()).toBe(false);
    // A valid dataset never waits for valibot, which only words what is wrong.
    await page.locator('.nm-place').first().waitFor();
    expect(loadedSchemaIssues()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a misshapen dataset loads valibot to word its issue, and shows it', async () => {
    const article = structuredClone(readArticleDataset()) as unknown as {
      features: { geometry: { coordinates: unknown } }[];
    };
    const [first] = article.features;
    if (first === undefined) throw new Error('the article has no place');
    first.geometry.coordinates = 'north of Beijing';
    const { page, loadedSchemaIssues, context } = await openWatched(
      serveDataset(JSON.stringify(article)),
    );
    await page.locator('.nm-problem').waitFor();
    expect(await page.locator('.nm-problem').textContent()).toContain(
      'features[0].geometry.coordinates',
    );
    expect(loadedSchemaIssues()).toBe(true);
    await context.close();
  });

  test('a thousand places are validated and clustered on the page, with no worker to start', async () => {
    const { page, workers, errors, context } = await openWatched(
      serveDataset(JSON.stringify(buildSyntheticDataset(1_000, 8))),
    );
    await page.locator('.nm-cluster').first().waitFor();
    expect(workers).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('served without a Content-Length, the article is read on the page all the same', async () => {
    const { page, datasetRequests, workers, errors, context } =
      await openWatched(withoutContentLength);
    await page.locator('.nm-marker:not(.nm-marker--hidden)').first().waitFor();
    expect(await page.locator('.nm-marker').count()).toBeGreaterThan(10);
    expect(datasetRequests).toHaveLength(1);
    expect(workers).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each([
    { served: 'with no size', declaring: withoutContentLength },
    { served: 'with its compressed size', declaring: withCompressedLength },
  ])(
    'served $served, 20,000 places are measured once here and read in pieces, not parsed at once',
    async ({ declaring }) => {
      const body = JSON.stringify(buildSyntheticDataset(ARRIVING_PLACES, 8));
      expect(body.length).toBeGreaterThanOrEqual(READ_AS_IT_ARRIVES_FROM);
      const { page, datasetRequests, workers, readAsItArrived, errors, context } =
        await openWatched(async (guarded) => {
          await serveDataset(body)(guarded);
          await declaring(guarded);
        });
      await page.locator('.nm-cluster').first().waitFor();
      const search = page.getByRole('searchbox');
      await search.waitFor();
      expect(await search.getAttribute('placeholder')).toBe('Search 20,000 places');
      expect(readAsItArrived()).toBe(true);
      expect(workers.filter((worker) => worker !== '/assets/cluster-worker.js')).toEqual([]);
      expect(datasetRequests).toHaveLength(1);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test('served without a Content-Length, a very large dataset is measured once here and read in the worker', async () => {
    const { page, workers, errors, context } = await openWatched(async (guarded) => {
      await serveLargeDataset(guarded);
      await withoutContentLength(guarded);
    });
    await page.locator('.nm-cluster').first().waitFor();
    expect(workers).toContain('/assets/dataset-worker.js');
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each([
    { given: MEDIUM_BODY, places: 5_000, way: 'at once' },
    { given: undefined, places: ARRIVING_PLACES, way: 'as they arrive' },
  ])(
    '$places places are downloaded once and read on the page $way, and indexed by the cluster worker',
    async ({ given, places, way }) => {
      const body = given ?? JSON.stringify(buildSyntheticDataset(places, 8));
      expect(body.length >= READ_AS_IT_ARRIVES_FROM).toBe(way === 'as they arrive');
      const { page, datasetRequests, workers, readAsItArrived, errors, context } =
        await openWatched(serveDataset(body));
      await page.locator('.nm-cluster').first().waitFor();
      const search = page.getByRole('searchbox');
      await search.waitFor();
      expect(await search.getAttribute('placeholder')).toBe(
        `Search ${places.toLocaleString('en-US')} places`,
      );
      // Cluster workers (the shallow zooms', later the deep zooms'); none parses the dataset again.
      expect(workers).toContain('/assets/cluster-worker.js');
      expect(workers.filter((worker) => worker !== '/assets/cluster-worker.js')).toEqual([]);
      expect(readAsItArrived()).toBe(way === 'as they arrive');
      expect(datasetRequests).toHaveLength(1);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test('served gzipped, a dataset is read as the size of its text says: 20,000 places as they arrive', async () => {
    const name = 'gzipped-20000.geojson';
    const file = path.join(testDist(), 'data', name);
    const body = JSON.stringify(buildSyntheticDataset(ARRIVING_PLACES, 8));
    await writeFile(file, body);
    expect(await writeGzipCopy(file)).toBe(true);
    const encodings: (string | undefined)[] = [];
    const { page, workers, readAsItArrived, errors, context } = await openWatched(
      async ({ page: watched }) => {
        watched.on('response', (response) => {
          if (new URL(response.url()).pathname === `/data/${name}`)
            encodings.push(response.headers()['content-encoding']);
        });
      },
      `?data=data/${name}`,
    );
    await page.locator('.nm-cluster').first().waitFor();
    const search = page.getByRole('searchbox');
    await search.waitFor();
    expect(await search.getAttribute('placeholder')).toBe('Search 20,000 places');
    // Under READ_AS_IT_ARRIVES_FROM on the wire, over it as text: read as it arrived.
    expect((await stat(`${file}.gz`)).size).toBeLessThan(READ_AS_IT_ARRIVES_FROM);
    expect(body.length).toBeGreaterThanOrEqual(READ_AS_IT_ARRIVES_FROM);
    expect(encodings).toEqual(['gzip']);
    expect(readAsItArrived()).toBe(true);
    expect(workers.filter((worker) => worker !== '/assets/cluster-worker.js')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a very large dataset is downloaded once and read in the worker, and the map shows it', async () => {
    const { page, datasetRequests, workers, errors, context } =
      await openWatched(serveLargeDataset);
    await page.locator('.nm-cluster').first().waitFor();
    expect(workers).toContain('/assets/dataset-worker.js');
    expect(datasetRequests).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a very large dataset is indexed for clustering without waiting for the worker to validate it', async () => {
    const { page, errors, context } = await openWatched(async (guarded) => {
      await serveLargeDataset(guarded);
      // The worker holds the page's request until the cluster worker has started, or for five
      // seconds: a page that waited for the verdict before indexing sees its verdict first.
      await guarded.context.route('**/assets/dataset-worker.js', async (route) => {
        const script = await (await route.fetch()).text();
        const holdRequest = `{
          const held = [];
          let released = false;
          const release = () => {
            released = true;
            for (const data of held.splice(0)) self.dispatchEvent(new MessageEvent('message', { data }));
          };
          new BroadcastChannel('cluster-index').onmessage = release;
          self.addEventListener('message', (event) => {
            if (released || !event.isTrusted) return;
            event.stopImmediatePropagation();
            held.push(event.data);
            setTimeout(release, 5000);
          });
        }\n`;
        await route.fulfill({ body: holdRequest + script, contentType: 'text/javascript' });
      });
      // The page's own record, in the order its code ran: when each worker was made and ended.
      await guarded.context.addInitScript(() => {
        const life: string[] = [];
        Object.assign(window, { workerLife: life });
        const PageWorker = window.Worker;
        window.Worker = class extends PageWorker {
          constructor(url: string | URL, options?: WorkerOptions) {
            super(url, options);
            const name = new URL(url, window.location.href).pathname;
            life.push(`${name} started`);
            if (name === '/assets/cluster-worker.js')
              new BroadcastChannel('cluster-index').postMessage('started');
            const terminate = this.terminate.bind(this);
            this.terminate = () => {
              life.push(`${name} ended`);
              terminate();
            };
          }
        };
      });
    });
    await page.locator('.nm-cluster').first().waitFor();
    const workerLife = await page.evaluate(
      () => (window as unknown as { workerLife: string[] }).workerLife,
    );
    const clustering = workerLife.indexOf('/assets/cluster-worker.js started');
    const validated = workerLife.indexOf('/assets/dataset-worker.js ended');
    expect(clustering).toBeGreaterThanOrEqual(0);
    expect(validated).toBeGreaterThanOrEqual(0);
    expect(clustering).toBeLessThan(validated);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('when the dataset worker cannot load, the page reads a very large dataset itself', async () => {
    const { page, errors, context } = await openWatched(async (guarded) => {
      await serveLargeDataset(guarded);
      await guarded.context.route('**/dataset-worker.js', (route) => route.abort());
    });
    await page.locator('.nm-cluster').first().waitFor();
    const search = page.getByRole('searchbox');
    await search.waitFor();
    expect(await search.getAttribute('placeholder')).toBe('Search 150,000 places');
    expect(errors.filter((error) => !error.includes('dataset-worker.js'))).toEqual([]);
    await context.close();
  });
});
