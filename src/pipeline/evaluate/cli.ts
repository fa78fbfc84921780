import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../geoparser/load-gazetteer.js';
import { evaluateCorpus, type ArticleEvaluation } from './evaluate-corpus.js';
import type { RecognitionScores, ResolutionScores } from './metrics.js';
import { readGeoVirus } from './read-geovirus.js';

/**
 * `npm run eval [-- --corpus FILE] [--errors]`: scores the geoparser on GeoVirus, read from
 * ../shared/corpora/ (never copied into the project), and prints per-article and overall
 * figures. `--errors` also lists each article's misses, spurious finds and far-off places.
 */
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.resolve('..', 'shared', 'corpora', 'GeoVirus.xml') },
    errors: { type: 'boolean', default: false },
  },
});

const percent = (value: number) =>
  Number.isNaN(value) ? '   -  ' : `${(100 * value).toFixed(1).padStart(5)}%`;
const km = (value: number) => (Number.isNaN(value) ? '     -' : `${value.toFixed(0).padStart(6)}`);
const decimal = (value: number) => (Number.isNaN(value) ? '    -' : value.toFixed(3));

function line(label: string, recognition: RecognitionScores, resolution: ResolutionScores): string {
  return [
    label.padEnd(60).slice(0, 60),
    percent(recognition.precision),
    percent(recognition.recall),
    percent(recognition.f1),
    `${String(recognition.truePositives).padStart(4)}/${String(recognition.gold).padEnd(4)}`,
    percent(resolution.within161),
    km(resolution.medianKm),
    decimal(resolution.auc),
  ].join('  ');
}

function articleLabel(article: ArticleEvaluation, index: number): string {
  const title = decodeURIComponent(article.source.split('/').at(-1) ?? '').replaceAll('_', ' ');
  return `${String(index + 1).padStart(3)} ${title}`;
}

const gazetteerStarted = performance.now();
const gazetteer = loadGazetteer();
const loadMs = performance.now() - gazetteerStarted;
const corpus = readGeoVirus(values.corpus);
const result = evaluateCorpus(corpus, gazetteer);

console.log(
  [
    'article'.padEnd(60),
    '  prec',
    'recall',
    '    F1',
    'matched  ',
    ' <161km',
    'median',
    '  AUC',
  ].join('  '),
);
result.articles.forEach((article, index) => {
  console.log(line(articleLabel(article, index), article.recognition, article.resolution));
  if (!values.errors) return;
  for (const gold of article.missed) console.log(`      missed   ${gold.text} @${gold.start}`);
  for (const spurious of article.spurious)
    console.log(`      spurious ${spurious.text} @${spurious.start}`);
  for (const far of article.farOff)
    console.log(`      far      ${far.text} -> ${far.predicted} (${far.errorKm} km)`);
});
console.log('-'.repeat(130));
console.log(line(`overall (${corpus.length} articles)`, result.recognition, result.resolution));
console.log(
  `\nrecognition: precision ${percent(result.recognition.precision)}, recall ${percent(result.recognition.recall)}, ` +
    `F1 ${decimal(result.recognition.f1)} (${result.recognition.truePositives} of ${result.recognition.gold} gold, ` +
    `${result.recognition.predicted} predicted)`,
);
console.log(
  `resolution of matched toponyms: ${percent(result.resolution.within161)} within 161 km, ` +
    `median ${result.resolution.medianKm.toFixed(1)} km, AUC ${decimal(result.resolution.auc)} (n = ${result.resolution.count})`,
);
console.log(
  `  within 161 km, or resolved to an area (country, region) whose extent holds the gold point: ${percent(result.withinOrInside)}`,
);
console.log(
  `gazetteer loaded in ${loadMs.toFixed(0)} ms; parsed ${(result.characters / 1e6).toFixed(2)} M characters in ` +
    `${result.milliseconds.toFixed(0)} ms`,
);
