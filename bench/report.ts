import type { PageName } from './bench-site.js';
import type { Spread } from './stats.js';

export interface PageResult {
  page: PageName;
  runs: number;
  firstPaintMs: Spread | undefined;
  panP50Ms: Spread | undefined;
  panP95Ms: Spread | undefined;
  zoomP50Ms: Spread | undefined;
  zoomP95Ms: Spread | undefined;
  droppedFrames: Spread | undefined;
  longTasks: Spread | undefined;
  longTasksAfterFirstPaint: Spread | undefined;
  longestTaskAfterFirstPaintMs: Spread | undefined;
  heapMB: Spread | undefined;
  codeKBGzip: Spread | undefined;
  dataKBGzip: Spread | undefined;
  /** Runs in which no marker appeared before the time limit. */
  firstPaintMissing: number;
  errors: string[];
}

export interface BenchResults {
  machine: {
    cpu: string;
    cores: number;
    memoryGB: number;
    chromium: string;
    node: string;
    loadAverageAtStart: number[];
    date: string;
  };
  seed: number;
  /** Whether each generated place carries one event (otherwise none). */
  events: boolean;
  command: string;
  datasets: { count: number; file: string; bytes: number; gzipBytes: number; generateMs: number }[];
  scale: {
    count: number;
    validation: { parseMs: number; validateMs: number; issues: number } | { error: string };
    pages: PageResult[];
    skipped: { page: PageName; reason: string }[];
    newsmapFirstPaintOver: Record<string, Spread | undefined>;
  }[];
  article:
    | {
        dataset: string;
        newsmap: PageResult;
        leafletMarkers: PageResult;
        newsmapFirstPaintOverLeaflet: Spread | undefined;
      }
    | undefined;
  pipeline: { ms: number } | { error: string };
  /** The frame interval of a page with nothing to draw, in the same browser. */
  idleFrameMs: { p50: number | undefined; p95: number | undefined; frames: number } | undefined;
  totalMinutes: number;
}

const round = (value: number) =>
  value >= 100
    ? Math.round(value).toLocaleString('en')
    : value >= 10
      ? value.toFixed(1)
      : value.toFixed(2);

// Frames to a hundredth of a millisecond, as the browser times them (see CROSS_ORIGIN_ISOLATED):
// a frame on time, 16.67 ms, apart from one a tenth of a millisecond late.
const frameMs = (value: number | undefined) =>
  value === undefined ? '—' : value >= 100 ? round(value) : value.toFixed(2);

/** "median (min–max)", or "—" when no run measured it. */
function cell(value: Spread | undefined, median = false): string {
  if (value === undefined) return '—';
  if (median || value.min === value.max) return round(value.median);
  return `${round(value.median)} (${round(value.min)}–${round(value.max)})`;
}

function pageRow(result: PageResult): string {
  const missing = result.firstPaintMissing > 0 ? ` [${result.firstPaintMissing} timed out]` : '';
  return [
    result.page,
    String(result.runs),
    cell(result.firstPaintMs) + missing,
    `${frameMs(result.panP50Ms?.median)} / ${frameMs(result.panP95Ms?.median)}`,
    `${frameMs(result.zoomP50Ms?.median)} / ${frameMs(result.zoomP95Ms?.median)}`,
    cell(result.droppedFrames, true),
    `${cell(result.longTasks, true)} / ${cell(result.longTasksAfterFirstPaint, true)} / ${cell(result.longestTaskAfterFirstPaintMs, true)}`,
    cell(result.heapMB, true),
    cell(result.codeKBGzip, true),
  ].join(' | ');
}

const HEADER =
  '| page | runs | first paint ms, median (min–max) | pan frame p50 / p95 ms | zoom frame p50 / p95 ms | dropped frames | long tasks: all / after first paint / longest after, ms | JS heap MB | code KB gzip |\n' +
  '|---|---|---|---|---|---|---|---|---|';

function idleFrameLines(idle: BenchResults['idleFrameMs']): string[] {
  if (idle === undefined) return [];
  return [
    `A page with nothing to draw, in the same browser, frames at p50 ${frameMs(idle.p50)} and p95 ${frameMs(idle.p95)} ms (${idle.frames} frames): one frame at 60 Hz, the floor of every frame figure below. Every page is served cross-origin isolated, so that the browser times frames to 5 µs instead of 100 µs with a jitter.`,
    '',
  ];
}

/** The results as markdown: the machine, then one table per dataset size, then the article map. */
export function renderResults(results: BenchResults): string {
  const { machine } = results;
  const lines = [
    '# newsmap benchmark',
    '',
    `\`${results.command}\` on ${machine.date.slice(0, 16).replace('T', ' ')} UTC: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.chromium} (headless), Node ${machine.node}; load average at start ${machine.loadAverageAtStart.join(' / ')}. Seed ${results.seed}; ${results.totalMinutes.toFixed(1)} minutes in all.`,
    '',
    `Every page loads the same generated dataset file (${results.events ? 'one place per event' : 'places without events'}) from a local server, every other host unreachable (it does not resolve in the browser, so no request is intercepted), in a fresh 1280x800 context; it is dragged 240x120 px and wheel-zoomed in and out. Frame figures are the median over runs of each run’s percentile; first paint is from navigation start to the first marker on screen.`,
    '',
    ...idleFrameLines(results.idleFrameMs),
    '| events | file MB | gzip KB | generated in s |',
    '|---|---|---|---|',
    ...results.datasets.map(
      (d) =>
        `| ${d.count.toLocaleString('en')} | ${round(d.bytes / 2 ** 20)} | ${round(d.gzipBytes / 1024)} | ${round(d.generateMs / 1000)} |`,
    ),
  ];
  for (const size of results.scale) {
    lines.push('', `## ${size.count.toLocaleString('en')} events`, '', HEADER);
    for (const page of size.pages) lines.push(`| ${pageRow(page)} |`);
    const ratios = Object.entries(size.newsmapFirstPaintOver);
    if (ratios.length > 0) {
      lines.push(
        '',
        `newsmap's first paint over the anchor's, run by run: ${ratios.map(([page, ratio]) => `${page} ${cell(ratio)}`).join('; ')}.`,
      );
    }
    for (const { page, reason } of size.skipped) lines.push('', `Not run: ${page} (${reason}).`);
    const v = size.validation;
    lines.push(
      '',
      'error' in v
        ? `Validator in the browser: ${v.error}.`
        : `Validator in the browser: JSON.parse ${round(v.parseMs)} ms, then getDatasetIssues ${round(v.validateMs)} ms (${v.issues} issues).`,
    );
    for (const page of size.pages) {
      if (page.errors.length > 0)
        lines.push('', `Errors on ${page.page}: ${page.errors.join(' · ')}`);
    }
  }
  if (results.article !== undefined) {
    const { article } = results;
    lines.push(
      '',
      `## The article map (${article.dataset})`,
      '',
      HEADER,
      `| ${pageRow(article.newsmap)} |`,
      `| ${pageRow(article.leafletMarkers)} |`,
      '',
      `newsmap's time to first marker over plain Leaflet's, run by run: ${cell(article.newsmapFirstPaintOverLeaflet)}. Data: ${cell(article.newsmap.dataKBGzip, true)} KB gzip.`,
    );
  }
  const pipeline = results.pipeline;
  lines.push(
    '',
    'ms' in pipeline
      ? `Pipeline, seed to dataset (\`npm run data\` in a copy of seeds/ and data/): ${round(pipeline.ms / 1000)} s.`
      : `Pipeline: not measured (${pipeline.error}).`,
    '',
  );
  return lines.join('\n');
}
