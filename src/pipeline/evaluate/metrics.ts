import { distance } from '@turf/distance';

/** A span of text with an optional point: what both gold and predicted toponyms share. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lat?: number;
  readonly lon?: number;
}

/** Predictions match gold when their strings are equal ignoring case and centres are this close. */
export const CENTRE_TOLERANCE = 10;
/** "Accuracy at 161 km" (100 miles), the usual geocoding threshold. */
export const ACCURACY_KM = 161;
/** Half the Earth's circumference: the largest possible error, which normalises the AUC. */
export const MAX_ERROR_KM = 20_039;

const centre = (span: Span) => (span.start + span.end) / 2;

/**
 * Pairs each gold toponym with at most one prediction: same text ignoring case, centres within
 * `CENTRE_TOLERANCE` characters; the nearest unused prediction wins.
 */
export function matchToponyms<G extends Span, P extends Span>(
  gold: readonly G[],
  predicted: readonly P[],
): [G, P][] {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  for (const goldSpan of gold) {
    let bestIndex = -1;
    let bestGap = Infinity;
    predicted.forEach((prediction, index) => {
      if (used.has(index) || prediction.text.toLowerCase() !== goldSpan.text.toLowerCase()) return;
      const gap = Math.abs(centre(prediction) - centre(goldSpan));
      if (gap <= CENTRE_TOLERANCE && gap < bestGap) {
        bestGap = gap;
        bestIndex = index;
      }
    });
    const prediction = predicted[bestIndex];
    if (prediction) {
      used.add(bestIndex);
      pairs.push([goldSpan, prediction]);
    }
  }
  return pairs;
}

export interface RecognitionScores {
  readonly truePositives: number;
  readonly predicted: number;
  readonly gold: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function recognitionScores(
  truePositives: number,
  predicted: number,
  gold: number,
): RecognitionScores {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted, gold, precision, recall, f1 };
}

/** Great-circle error in km between gold and prediction, or undefined where either lacks a point. */
export function errorKm(gold: Span, predicted: Span): number | undefined {
  if (
    gold.lat === undefined ||
    gold.lon === undefined ||
    predicted.lat === undefined ||
    predicted.lon === undefined
  ) {
    return undefined;
  }
  return distance([gold.lon, gold.lat], [predicted.lon, predicted.lat], { units: 'kilometers' });
}

export interface ResolutionScores {
  readonly count: number;
  /** Share of errors of at most `ACCURACY_KM`. */
  readonly within161: number;
  readonly medianKm: number;
  /** Area under the curve of sorted ln(error + 1), normalised by ln(MAX_ERROR_KM): lower is better. */
  readonly auc: number;
}

function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The geocoding scores of Gritta et al. ("What's missing in geographical parsing?", 2018):
 * accuracy at 161 km, median error, and the AUC of the log-error curve, computed by the
 * trapezoid rule over the sorted values ln(error + 1) at unit spacing, divided by
 * (n - 1) x ln(20039).
 */
export function resolutionScores(errors: readonly number[]): ResolutionScores {
  const sorted = [...errors].sort((a, b) => a - b);
  const count = sorted.length;
  if (count === 0) return { count, within161: Number.NaN, medianKm: Number.NaN, auc: Number.NaN };
  const logs = sorted.map((error) => Math.log(error + 1));
  let area = 0;
  for (let i = 1; i < logs.length; i++) area += ((logs[i - 1] ?? 0) + (logs[i] ?? 0)) / 2;
  const auc =
    count === 1
      ? (logs[0] ?? 0) / Math.log(MAX_ERROR_KM)
      : area / ((count - 1) * Math.log(MAX_ERROR_KM));
  return {
    count,
    within161: sorted.filter((error) => error <= ACCURACY_KM).length / count,
    medianKm: median(sorted),
    auc,
  };
}
