import { describe, expect, test } from 'vitest';
import { DECODED_LENGTH_HEADER, declaredTextBytes } from '../../../src/viewer/dataset-download.js';

const responseWith = (headers: Record<string, string>) => new Response('{}', { headers });

describe('the size of a dataset’s text, as its response declares it', () => {
  test('sent as it is, its Content-Length', () => {
    expect(declaredTextBytes(responseWith({ 'content-length': '45598157' }))).toBe(45_598_157);
  });

  test('compressed, the size its server declares for the text, never the compressed bytes', () => {
    const compressed = { 'content-encoding': 'gzip', 'content-length': '3725988' };
    expect(
      declaredTextBytes(responseWith({ ...compressed, [DECODED_LENGTH_HEADER]: '45598157' })),
    ).toBe(45_598_157);
    expect(declaredTextBytes(responseWith(compressed))).toBeNaN();
  });

  test('without a size, or with one that is no number, unknown', () => {
    expect(declaredTextBytes(responseWith({}))).toBeNaN();
    expect(declaredTextBytes(responseWith({ 'content-length': 'many' }))).toBeNaN();
  });
});
