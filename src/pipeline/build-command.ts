import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDataset } from './build-dataset.js';
import { EMPTY_CURATION, parseCuration, type Curation } from './curation.js';
import { findByGeoparser, type LowConfidenceDecision } from './find-places-by-geoparser.js';
import { loadGazetteer } from './geoparser/index.js';
import { readArticleFile } from './read-article-file.js';
import { reviewFile } from './review-file.js';
import { serializeDataset } from './serialize-dataset.js';
import { writeFileAtomically } from './write-atomically.js';
import { parsePublished } from './resolve-dates.js';

export interface BuildOptions {
  article: string;
  /** YYYY-MM-DD; relative dates ("Sunday") are read from it. Default: today. */
  published?: string;
  title?: string;
  /** Default: data/<slug>.geojson under `root`. */
  out?: string;
  /** A curated file; default: data/<slug>.curated.json under `root` when it exists. */
  curation?: string;
  root: string;
  /** Progress and findings, one line at a time. */
  log: (line: string) => void;
}

export interface BuildResult {
  dataset: string;
  review: string;
  places: number;
  lowConfidence: LowConfidenceDecision[];
}

/** A URL-safe slug from a title or file name: "Blinken in Beijing!" -> "blinken-in-beijing". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'article' : slug;
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((candidate) => candidate.trim() !== '') ?? '';
  return line.trim().slice(0, 160);
}

async function readCurationIfAny(
  file: string,
  required: boolean,
): Promise<Omit<Curation, 'article'>> {
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_CURATION;
    throw new Error(`${file}: cannot be read (${(error as Error).message})`, { cause: error });
  }
  try {
    return parseCuration(JSON.parse(json), file);
  } catch (error) {
    throw new Error(
      error instanceof SyntaxError
        ? `${file}: not valid JSON: ${error.message}`
        : (error as Error).message,
      { cause: error },
    );
  }
}

/**
 * `newsmap build <article.txt>`: any English news article to a dataset the viewer shows, with
 * the offline geoparser finding and placing its places. Writes the dataset and, beside it, a
 * review file listing the geoparser's unsure choices in the form of a curated file. Nothing
 * is written unless the whole dataset is valid.
 */
export async function runBuildCommand(options: BuildOptions): Promise<BuildResult> {
  const published = options.published ?? new Date().toISOString().slice(0, 10);
  parsePublished(published);
  const text = await readArticleFile(options.article);
  const title = options.title ?? firstLine(text);
  const slug = slugify(options.title ?? path.basename(options.article).replace(/\.[^.]+$/, ''));
  const curationFile = options.curation ?? path.join(options.root, 'data', `${slug}.curated.json`);
  const curated = await readCurationIfAny(curationFile, options.curation !== undefined);

  const started = Date.now();
  options.log(`loading the gazetteer...`);
  const gazetteer = loadGazetteer();
  options.log(`gazetteer loaded in ${Date.now() - started} ms; reading ${text.length} characters`);
  let reported = 0;
  const findPlaces = findByGeoparser(gazetteer, curated.aliases, (share) => {
    if (text.length > 1_000_000 && share - reported >= 0.1) {
      reported = share;
      options.log(`geoparsing: ${Math.round(share * 100)}%`);
    }
  });
  let lowConfidence: LowConfidenceDecision[] = [];
  const dataset = buildDataset(
    { slug, title, published, source: { name: path.basename(options.article) }, text },
    (articleText, sentences) => {
      const found = findPlaces(articleText, sentences);
      lowConfidence = found.lowConfidence;
      return found;
    },
    curated,
  );

  const out = options.out ?? path.join(options.root, 'data', `${slug}.geojson`);
  const review = out.replace(/(\.geojson|\.json)?$/, '.review.json');
  await mkdir(path.dirname(out), { recursive: true });
  await writeFileAtomically(out, serializeDataset(dataset));
  await writeFileAtomically(
    review,
    `${JSON.stringify(reviewFile(dataset, lowConfidence, curated), null, 2)}\n`,
  );
  return { dataset: out, review, places: dataset.features.length, lowConfidence };
}
