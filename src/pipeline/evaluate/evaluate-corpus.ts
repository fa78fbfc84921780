import { geoparse } from '../geoparser/geoparse.js';
import type { Gazetteer } from '../geoparser/types.js';
import {
  ACCURACY_KM,
  errorKm,
  matchToponyms,
  recognitionScores,
  resolutionScores,
  type RecognitionScores,
  type ResolutionScores,
  type Span,
} from './metrics.js';
import type { GoldArticle } from './read-geovirus.js';

export interface ArticleEvaluation {
  readonly source: string;
  readonly recognition: RecognitionScores;
  readonly resolution: ResolutionScores;
  readonly errors: number[];
  /** Per error: whether the gold point lies inside the resolved place's extent (a country, a region). */
  readonly insideExtent: boolean[];
  /** Gold toponyms no prediction matched, and predictions that matched no gold. */
  readonly missed: Span[];
  readonly spurious: Span[];
  /** Matched toponyms resolved more than 161 km away: gold text and error. */
  readonly farOff: { text: string; errorKm: number; predicted: string }[];
}

export interface CorpusEvaluation {
  readonly articles: ArticleEvaluation[];
  readonly recognition: RecognitionScores;
  readonly resolution: ResolutionScores;
  /**
   * Not a standard figure: the share of matched toponyms within 161 km or whose gold point
   * lies inside the resolved area's extent. The gap to `within161` is the toponyms resolved to
   * the right country or region whose gold point is elsewhere in it.
   */
  readonly withinOrInside: number;
  /** Characters of article text parsed and the time the parsing took. */
  readonly characters: number;
  readonly milliseconds: number;
}

/** Whether a point lies in `[west, south, east, north]`, which may cross the antimeridian. */
function contains(extent: readonly number[] | undefined, point: Span): boolean {
  if (!extent || point.lat === undefined || point.lon === undefined) return false;
  const [west = 0, south = 0, east = 0, north = 0] = extent;
  const inLon =
    west <= east ? point.lon >= west && point.lon <= east : point.lon >= west || point.lon <= east;
  return inLon && point.lat >= south && point.lat <= north;
}

export function evaluateArticle(article: GoldArticle, gazetteer: Gazetteer): ArticleEvaluation {
  const predicted = geoparse(article.text, gazetteer).map((toponym) => ({
    start: toponym.start,
    end: toponym.end,
    text: toponym.text,
    lat: toponym.place.lat,
    lon: toponym.place.lon,
    place: toponym.place.id,
    extent: toponym.place.extent,
  }));
  const pairs = matchToponyms(article.toponyms, predicted);
  const errors: number[] = [];
  const insideExtent: boolean[] = [];
  const farOff: ArticleEvaluation['farOff'] = [];
  for (const [gold, prediction] of pairs) {
    const error = errorKm(gold, prediction);
    if (error === undefined) continue;
    errors.push(error);
    insideExtent.push(contains(prediction.extent, gold));
    if (error > 161)
      farOff.push({ text: gold.text, errorKm: Math.round(error), predicted: prediction.place });
  }
  const matchedGold = new Set(pairs.map(([gold]) => gold));
  const matchedPredictions = new Set<Span>(pairs.map(([, prediction]) => prediction));
  return {
    source: article.source,
    recognition: recognitionScores(pairs.length, predicted.length, article.toponyms.length),
    resolution: resolutionScores(errors),
    errors,
    insideExtent,
    missed: article.toponyms.filter((gold) => !matchedGold.has(gold)),
    spurious: predicted.filter((prediction) => !matchedPredictions.has(prediction)),
    farOff,
  };
}

const share = (flags: readonly boolean[]) =>
  flags.length === 0 ? Number.NaN : flags.filter(Boolean).length / flags.length;

/** Scores the geoparser on every article; overall figures pool all toponyms (micro-averages). */
export function evaluateCorpus(
  articles: readonly GoldArticle[],
  gazetteer: Gazetteer,
): CorpusEvaluation {
  const started = performance.now();
  const evaluations = articles.map((article) => evaluateArticle(article, gazetteer));
  const milliseconds = performance.now() - started;
  const sum = (pick: (evaluation: ArticleEvaluation) => number) =>
    evaluations.reduce((total, evaluation) => total + pick(evaluation), 0);
  return {
    articles: evaluations,
    recognition: recognitionScores(
      sum((e) => e.recognition.truePositives),
      sum((e) => e.recognition.predicted),
      sum((e) => e.recognition.gold),
    ),
    resolution: resolutionScores(evaluations.flatMap((evaluation) => evaluation.errors)),
    withinOrInside: share(
      evaluations.flatMap((evaluation) =>
        evaluation.errors.map(
          (error, i) => error <= ACCURACY_KM || evaluation.insideExtent[i] === true,
        ),
      ),
    ),
    characters: articles.reduce((total, article) => total + article.text.length, 0),
    milliseconds,
  };
}
