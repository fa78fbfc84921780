import { describe, expect, test } from 'vitest';
import {
  errorKm,
  matchToponyms,
  recognitionScores,
  resolutionScores,
} from '../../../../src/pipeline/evaluate/metrics.js';

/**
 * A hand-made example: four gold toponyms, four predictions. Worked by hand:
 * - "Paris" (0-5) matches "paris" (1-6): same text ignoring case, centres 1 apart;
 * - "Texas" (7-12) has no match: the prediction "Texas" at 40-45 is 33 characters off;
 * - "Dallas" (20-26) matches "Dallas" (20-26);
 * - "Lamar County" (30-42) misses "Lamar" (30-35): the strings differ;
 * so 2 true positives of 4 predicted and 4 gold: P = R = F1 = 0.5.
 */
const gold = [
  { start: 0, end: 5, text: 'Paris', lat: 33.66, lon: -95.56 },
  { start: 7, end: 12, text: 'Texas', lat: 31, lon: -100 },
  { start: 20, end: 26, text: 'Dallas', lat: 32.78, lon: -96.8 },
  { start: 30, end: 42, text: 'Lamar County', lat: 33.67, lon: -95.57 },
];
const predicted = [
  { start: 1, end: 6, text: 'paris', lat: 48.86, lon: 2.35 },
  { start: 40, end: 45, text: 'Texas', lat: 31, lon: -100 },
  { start: 20, end: 26, text: 'Dallas', lat: 32.78, lon: -96.8 },
  { start: 30, end: 35, text: 'Lamar', lat: 33.67, lon: -95.57 },
];

describe('recognition metrics', () => {
  test('match on text ignoring case and centres within 10 characters, one to one', () => {
    const pairs = matchToponyms(gold, predicted);
    expect(pairs.map(([g, p]) => [g.text, p.start])).toEqual([
      ['Paris', 1],
      ['Dallas', 20],
    ]);
  });

  test('a prediction is used once, by the nearest gold', () => {
    const twice = [
      { start: 0, end: 5, text: 'Paris' },
      { start: 8, end: 13, text: 'Paris' },
    ];
    expect(
      matchToponyms(twice, [{ start: 7, end: 12, text: 'Paris' }]).map(([g]) => g.start),
    ).toEqual([0]);
  });

  test('precision, recall and F1 of the example', () => {
    expect(recognitionScores(2, 4, 4)).toEqual({
      truePositives: 2,
      predicted: 4,
      gold: 4,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
    const uneven = recognitionScores(3, 4, 6);
    expect(uneven.precision).toBe(0.75);
    expect(uneven.recall).toBe(0.5);
    expect(uneven.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25, 12);
    expect(recognitionScores(0, 0, 3)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('resolution metrics', () => {
  test('error in km between gold and predicted points', () => {
    const [[paris, parisGuess], [dallas, dallasGuess]] = matchToponyms(gold, predicted) as [
      [(typeof gold)[number], (typeof predicted)[number]],
      [(typeof gold)[number], (typeof predicted)[number]],
    ];
    // Paris, Texas to Paris, France: about 7,800 km along a great circle.
    expect(errorKm(paris, parisGuess)).toBeGreaterThan(7_700);
    expect(errorKm(paris, parisGuess)).toBeLessThan(7_900);
    expect(errorKm(dallas, dallasGuess)).toBe(0);
    expect(
      errorKm({ start: 0, end: 1, text: 'X' }, { start: 0, end: 1, text: 'X', lat: 1, lon: 1 }),
    ).toBeUndefined();
  });

  test('accuracy at 161 km, median and AUC of errors 0, 100 and 1000 km', () => {
    const scores = resolutionScores([1000, 0, 100]);
    expect(scores.count).toBe(3);
    expect(scores.within161).toBeCloseTo(2 / 3, 12);
    expect(scores.medianKm).toBe(100);
    // Trapezoids over ln(1), ln(101), ln(1001) at unit spacing, / (2 x ln 20039), worked by hand.
    expect(scores.auc).toBeCloseTo(0.407326754, 8);
  });

  test('perfect resolution has AUC 0, the worst has AUC 1; an even count takes the middle two', () => {
    expect(resolutionScores([0, 0]).auc).toBe(0);
    expect(resolutionScores([20_038, 20_038]).auc).toBeCloseTo(1, 12);
    expect(resolutionScores([10, 20, 30, 400]).medianKm).toBe(25);
    expect(resolutionScores([10]).auc).toBeCloseTo(0.242078729, 8);
    expect(resolutionScores([]).count).toBe(0);
  });
});
