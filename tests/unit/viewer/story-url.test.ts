import { describe, expect, test } from 'vitest';
import { hashForPlace, placeIdFromHash, stepIdFromHash } from '../../../src/viewer/url-state.js';

describe('#step= in the URL', () => {
  test('names the story step, beside the place it opens', () => {
    expect(stepIdFromHash('#place=matsu-islands&step=matsu-islands-2023-04-09')).toBe(
      'matsu-islands-2023-04-09',
    );
    expect(stepIdFromHash('#step=vienna-2023-05')).toBe('vienna-2023-05');
    expect(placeIdFromHash('#step=vienna-2023-05')).toBeUndefined();
    expect(stepIdFromHash('#place=vienna')).toBeUndefined();
    expect(stepIdFromHash('#step=')).toBeUndefined();
    expect(stepIdFromHash('')).toBeUndefined();
  });

  test('opening or closing a place keeps the step key', () => {
    expect(hashForPlace('#step=vienna-2023-05', 'vienna')).toBe(
      '#step=vienna-2023-05&place=vienna',
    );
    expect(hashForPlace('#place=vienna&step=vienna-2023-05', undefined)).toBe(
      '#step=vienna-2023-05',
    );
  });
});
