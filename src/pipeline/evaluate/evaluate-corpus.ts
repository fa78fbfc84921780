import { geoparse } from '../geoparser/geoparse.js';
import type { Gazetteer } from '../geoparser/types.js';
import { errorKm, matchToponyms, recognitionScores, resolutionScores, type RecognitionScores, type ResolutionScores, type Span } from './metrics.js';
import type { GoldArticle } from './read-geovirus.js';

export interface ArticleEvaluation {
  readonly source: string;
  readonly recognition: RecognitionScores;
  readonly resolution: ResolutionScores;
  readonly errors: number[];
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
  /** Characters of article text parsed and the time the parsing took. */
  readonly characters: number;
  readonly milliseconds: number;
}

export function evaluateArticle(article: GoldArticle, gazetteer: Gazetteer): ArticleEvaluation {
  const predicted = geoparse(article.text, gazetteer).map((toponym) => ({
    start: toponym.start,
    end: toponym.end,
    text: toponym.text,
    lat: toponym.place.lat,
    lon: toponym.place.lon,
    place: toponym.place.id,
  }));
  const pairs = matchToponyms(article.toponyms, predicted);
  const errors: number[] = [];
  const farOff: ArticleEvaluation['farOff'] = [];
  for (const [gold, prediction] of pairs) {
    const error = errorKm(gold, prediction);
    if (error === undefined) continue;
    errors.push(error);
    if (error > 161) farOff.push({ text: gold.text, errorKm: Math.round(error), predicted: prediction.place });
  }
  const matchedGold = new Set(pairs.map(([gold]) => gold));
  const matchedPredictions = new Set<Span>(pairs.map(([, prediction]) => prediction));
  return {
    source: article.source,
    recognition: recognitionScores(pairs.length, predicted.length, article.toponyms.length),
    resolution: resolutionScores(errors),
    errors,
    missed: article.toponyms.filter((gold) => !matchedGold.has(gold)),
    spurious: predicted.filter((prediction) => !matchedPredictions.has(prediction)),
    farOff,
  };
}

/** Scores the geoparser on every article; overall figures pool all toponyms (micro-averages). */
export function evaluateCorpus(articles: readonly GoldArticle[], gazetteer: Gazetteer): CorpusEvaluation {
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
    characters: articles.reduce((total, article) => total + article.text.length, 0),
    milliseconds,
  };
}
