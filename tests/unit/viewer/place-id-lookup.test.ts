import { describe, expect, it } from 'vitest';
import { createIdLookup } from '../../../src/viewer/place-id-lookup.js';

describe('createIdLookup', () => {
  const places = Array.from({ length: 1000 }, (_, i) => ({ id: `place-${i}` }));

  it('finds a place by its id, and nothing for an unknown id', () => {
    const indexOf = createIdLookup(places);
    expect(indexOf('place-0')).toBe(0);
    expect(indexOf('place-999')).toBe(999);
    expect(indexOf('place-1000')).toBeUndefined();
    expect(indexOf('')).toBeUndefined();
  });

  it('answers the same again, also after many other lookups', () => {
    const indexOf = createIdLookup(places);
    expect(indexOf('place-7')).toBe(7);
    for (let i = 0; i < 200; i++) indexOf(`place-${i}`);
    expect(indexOf('place-7')).toBe(7);
    expect(indexOf('place-123')).toBe(123);
  });

  it('does not change the places it searches', () => {
    const copy = structuredClone(places);
    createIdLookup(places)('place-5');
    expect(places).toEqual(copy);
  });
});
