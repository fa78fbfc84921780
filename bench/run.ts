import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { launchBrowser, openGuardedPage } from '../tests/browser/harness.js';
import { startStaticServer } from '../src/server/static-server.js';
import { buildBenchSite, PAGES, type PageName } from './bench-site.js';
import { generateDataset } from './generate-dataset.js';
import {
  CROSS_ORIGIN_ISOLATED,
  measureIdleFrames,
  measureRun,
  type RunMeasure,
} from './measure-run.js';
import { renderResults, type BenchResults, type PageResult } from './report.js';
import { percentile, spread } from './stats.js';

/**
 * `npm run bench`: newsmap against three plain-Leaflet anchors on the same generated datasets,
 * in one headless Chromium, alternating page by page, run by run. Writes bench/results.json
 * and bench/results.md. A benchmark, never a test: it asserts nothing.
 *
 * BENCH_SIZES=1000,10000 and BENCH_RUNS=2 shorten a trial run; BENCH_EVENTS=0 gives the places
 * no events (the viewer then shows no timeline).
 */
const SEED = 20230619;
const root = path.resolve(import.meta.dirname, '..');
const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000,100000,1000000').split(',').map(Number);
const runs = Number(process.env['BENCH_RUNS'] ?? 5);
// The article's first marker comes after about 300 ms, give or take 100 from load to load:
// over five loads its median moved by tens of milliseconds from one bench run to the next.
// Its loads take seconds, not minutes, so it gets three times as many.
const articleRuns = runs * 3;
const events = process.env['BENCH_EVENTS'] !== '0';

/** Which pages run at a size and how often; what is left out, and why. */
function plan(count: number): { page: PageName; runs: number; skip?: string }[] {
  return PAGES.map((page) => {
    if (page === 'leaflet-markers' && count >= 100_000)
      return {
        page,
        runs: 0,
        skip: 'one DOM marker per place: at 10,000 a zoom frame already takes seconds',
      };
    if (page !== 'newsmap' && count >= 1_000_000)
      return {
        page,
        runs: 0,
        skip: 'a million Leaflet layers do not load within the time limit of this run',
      };
    // The million-place case takes about a minute per load; three runs keep the whole bench short.
    return { page, runs: count >= 1_000_000 ? Math.min(runs, 3) : runs };
  });
}

// How long the idle page's frames are timed: about 300 frames.
const IDLE_MS = 5_000;

const firstPaintTimeout = (count: number) => (count >= 1_000_000 ? 180_000 : 90_000);

async function machine() {
  const exec = promisify(execFile);
  const chromium = await exec('/usr/bin/chromium', ['--version']).then(
    ({ stdout }) => stdout.trim(),
    () => 'unknown',
  );
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 1e9),
    chromium,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((load) => Math.round(load * 10) / 10),
    date: new Date().toISOString(),
  };
}

/** `npm run data` from seed to dataset, in a copy of the project's inputs so the tree is untouched. */
async function timePipeline(): Promise<{ ms: number } | { error: string }> {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'newsmap-bench-pipeline-'));
  try {
    for (const folder of ['seeds', 'data'])
      await cp(path.join(root, folder), path.join(copy, folder), { recursive: true });
    const script = `import(${JSON.stringify(path.join(root, 'src/pipeline/data-command.ts'))}).then((m) => m.runDataCommand(${JSON.stringify(copy)}))`;
    const start = performance.now();
    await promisify(execFile)(process.execPath, ['--import', 'tsx', '-e', script], { cwd: root });
    return { ms: performance.now() - start };
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0] ?? 'failed' };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

function summarize(page: PageName, measures: RunMeasure[]): PageResult {
  const perRun = (read: (m: RunMeasure) => number | undefined) => spread(measures.map(read));
  return {
    page,
    runs: measures.length,
    firstPaintMs: perRun((m) => m.firstPaint),
    panP50Ms: perRun((m) => percentile(m.panFrames, 0.5)),
    panP95Ms: perRun((m) => percentile(m.panFrames, 0.95)),
    zoomP50Ms: perRun((m) => percentile(m.zoomFrames, 0.5)),
    zoomP95Ms: perRun((m) => percentile(m.zoomFrames, 0.95)),
    droppedFrames: perRun((m) => m.droppedFrames),
    longTasks: perRun((m) => m.longTaskCount),
    longTasksAfterFirstPaint: perRun((m) => m.longTaskCountAfterFirstPaint),
    longestTaskAfterFirstPaintMs: perRun((m) => m.longestTaskAfterFirstPaint),
    heapMB: perRun((m) => m.heapBytes / 2 ** 20),
    codeKBGzip: perRun((m) => m.codeBytesGzip / 1024),
    dataKBGzip: perRun((m) => m.dataBytesGzip / 1024),
    firstPaintMissing: measures.filter((m) => m.firstPaint === undefined).length,
    errors: [...new Set(measures.flatMap((m) => m.errors))].slice(0, 5),
  };
}

/** newsmap's first paint over the anchor's, run by run (run i of one against run i of the other). */
function ratios(newsmap: RunMeasure[], anchor: RunMeasure[]) {
  return spread(
    newsmap.map((run, i) => {
      const other = anchor[i]?.firstPaint;
      return run.firstPaint === undefined || other === undefined
        ? undefined
        : run.firstPaint / other;
    }),
  );
}

const started = performance.now();
const datasetDir = path.join(root, '.cache', 'bench');
const siteDir = await mkdtemp(path.join(os.tmpdir(), 'newsmap-bench-site-'));
const results: BenchResults = {
  machine: await machine(),
  seed: SEED,
  events,
  command: events ? 'npm run bench' : 'BENCH_EVENTS=0 npm run bench',
  datasets: [],
  scale: [],
  article: undefined,
  pipeline: await timePipeline(),
  idleFrameMs: undefined,
  totalMinutes: 0,
};
console.log(`pipeline: ${JSON.stringify(results.pipeline)}`);

const datasets = new Map<number, string>();
for (const count of sizes) {
  const start = performance.now();
  const file = await generateDataset(datasetDir, count, SEED, { events });
  const bytes = await readFile(file);
  datasets.set(count, file);
  results.datasets.push({
    count,
    file: path.relative(root, file),
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 6 }).length,
    generateMs: performance.now() - start,
  });
  console.log(`dataset ${count}: ${(bytes.length / 2 ** 20).toFixed(1)} MB`);
}
const articleFile = path.join(root, 'data', 'blinken-beijing-talks-2023.geojson');
const hasArticle = (await stat(articleFile).catch(() => undefined))?.isFile() === true;
const site = await buildBenchSite(siteDir, [
  ...datasets.values(),
  ...(hasArticle ? [articleFile] : []),
]);
const server = await startStaticServer({ root: siteDir, headers: CROSS_ORIGIN_ISOLATED });
const browser = await launchBrowser({ resolveNoHost: true });

try {
  const idleFrames = await measureIdleFrames(browser, server, site.probeFile, IDLE_MS);
  results.idleFrameMs = {
    p50: percentile(idleFrames, 0.5),
    p95: percentile(idleFrames, 0.95),
    frames: idleFrames.length,
  };
  for (const count of sizes) {
    const file = datasets.get(count) ?? '';
    const { page: validationPage } = await openGuardedPage(browser, server);
    await validationPage.goto(new URL(site.pagePath('validate-timing', file), server.url).href);
    const validation = await validationPage
      .evaluate(() => window.validationTiming)
      .catch((error: Error) => ({ error: error.message.split('\n')[0] ?? 'failed' }));
    await validationPage.context().close();
    const steps = plan(count);
    const measures = new Map<PageName, RunMeasure[]>(steps.map(({ page }) => [page, []]));
    const rounds = Math.max(...steps.map((step) => step.runs));
    for (let round = 0; round < rounds; round++) {
      // Alternate: each round starts with a different page, so drift hits every page alike.
      const order = steps.map((_, i) => steps[(i + round) % steps.length]);
      for (const step of order) {
        if (step === undefined || round >= step.runs) continue;
        const measure = await measureRun(
          browser,
          server,
          siteDir,
          site.probeFile,
          site.pagePath(step.page, file),
          {
            firstPaintTimeoutMs: firstPaintTimeout(count),
          },
        );
        measures.get(step.page)?.push(measure);
        console.log(
          `${count} ${step.page} run ${round + 1}: first paint ${measure.firstPaint?.toFixed(0) ?? 'none'} ms`,
        );
      }
    }
    const newsmap = measures.get('newsmap') ?? [];
    results.scale.push({
      count,
      validation,
      pages: steps
        .filter((step) => step.runs > 0)
        .map(({ page }) => summarize(page, measures.get(page) ?? [])),
      skipped: steps.flatMap(({ page, skip }) =>
        skip === undefined ? [] : [{ page, reason: skip }],
      ),
      newsmapFirstPaintOver: Object.fromEntries(
        steps
          .filter((step) => step.page !== 'newsmap' && step.runs > 0)
          .map(({ page }) => [page, ratios(newsmap, measures.get(page) ?? [])]),
      ),
    });
  }

  if (hasArticle) {
    const measures: Record<'newsmap' | 'leaflet-markers', RunMeasure[]> = {
      newsmap: [],
      'leaflet-markers': [],
    };
    for (let round = 0; round < articleRuns; round++) {
      const order =
        round % 2 === 0
          ? (['newsmap', 'leaflet-markers'] as const)
          : (['leaflet-markers', 'newsmap'] as const);
      for (const page of order) {
        measures[page].push(
          await measureRun(
            browser,
            server,
            siteDir,
            site.probeFile,
            site.pagePath(page, articleFile),
            {
              firstPaintTimeoutMs: 30_000,
            },
          ),
        );
      }
    }
    results.article = {
      dataset: path.relative(root, articleFile),
      newsmap: summarize('newsmap', measures.newsmap),
      leafletMarkers: summarize('leaflet-markers', measures['leaflet-markers']),
      newsmapFirstPaintOverLeaflet: ratios(measures.newsmap, measures['leaflet-markers']),
    };
  }
} finally {
  await browser.close();
  await server.close();
  await rm(siteDir, { recursive: true, force: true });
}

results.totalMinutes = (performance.now() - started) / 60_000;
await writeFile(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const markdownFile = path.join(root, 'bench', 'results.md');
// Formatted as the project's own files are, so that `npm run format:check` passes after a run.
const markdown = await prettier.format(renderResults(results), {
  ...(await prettier.resolveConfig(markdownFile)),
  filepath: markdownFile,
});
await writeFile(markdownFile, markdown);
console.log(renderResults(results));
