import { describe, expect, test } from 'vitest';
import {
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  clampEmbedHeight,
  parseEmbedMessage,
} from '../../../src/embed/embed-messages.js';

describe('parseEmbedMessage', () => {
  test('reads the two messages an embed sends', () => {
    expect(parseEmbedMessage({ type: 'newsmap:height', height: 612 })).toEqual({
      type: 'newsmap:height',
      height: 612,
    });
    expect(parseEmbedMessage({ type: 'newsmap:place', place: 'matsu-islands' })).toEqual({
      type: 'newsmap:place',
      place: 'matsu-islands',
    });
    expect(parseEmbedMessage({ type: 'newsmap:place', place: null })).toEqual({
      type: 'newsmap:place',
      place: null,
    });
  });

  test.each([
    ['NaN', { type: 'newsmap:height', height: Number.NaN }],
    ['Infinity', { type: 'newsmap:height', height: Number.POSITIVE_INFINITY }],
    ['a negative height', { type: 'newsmap:height', height: -1 }],
    ['a height below the range', { type: 'newsmap:height', height: MIN_EMBED_HEIGHT - 1 }],
    ['a height above the range', { type: 'newsmap:height', height: MAX_EMBED_HEIGHT + 1 }],
    ['a height as text', { type: 'newsmap:height', height: '600' }],
    ['no height', { type: 'newsmap:height' }],
    ['an id that is not a slug', { type: 'newsmap:place', place: 'Matsu Islands' }],
    ['__proto__', { type: 'newsmap:place', place: '__proto__' }],
    ['a double hyphen', { type: 'newsmap:place', place: 'matsu--islands' }],
    ['a trailing hyphen', { type: 'newsmap:place', place: 'matsu-' }],
    ['an empty id', { type: 'newsmap:place', place: '' }],
    ['an over-long id', { type: 'newsmap:place', place: 'a'.repeat(101) }],
    ['no place at all', { type: 'newsmap:place' }],
    ['an unknown type', { type: 'newsmap:resize', height: 600 }],
    ['a string', 'newsmap:height 600'],
    ['null', null],
    ['an array', ['newsmap:height', 600]],
  ])('refuses %s', (_case, data) => {
    expect(parseEmbedMessage(data)).toBeUndefined();
  });

  test('counts only own properties, so an inherited height or type adds nothing', () => {
    const inherited = Object.create({ height: 600 }) as Record<string, unknown>;
    inherited['type'] = 'newsmap:height';
    expect(parseEmbedMessage(inherited)).toBeUndefined();
    expect(
      parseEmbedMessage(Object.create({ type: 'newsmap:height', height: 600 })),
    ).toBeUndefined();
    expect(
      parseEmbedMessage(JSON.parse('{"type":"newsmap:height","__proto__":{"height":600}}')),
    ).toBeUndefined();
  });
});

describe('clampEmbedHeight', () => {
  test('rounds up and keeps the height in range', () => {
    expect(clampEmbedHeight(480.2)).toBe(481);
    expect(clampEmbedHeight(0)).toBe(MIN_EMBED_HEIGHT);
    expect(clampEmbedHeight(1e7)).toBe(MAX_EMBED_HEIGHT);
    expect(clampEmbedHeight(Number.NaN)).toBe(MIN_EMBED_HEIGHT);
  });

  test('what it returns is always a height the host script accepts', () => {
    for (const height of [-5, 0, 119.5, 480.2, 3999.9, 4000.1, Number.POSITIVE_INFINITY]) {
      expect(
        parseEmbedMessage({ type: 'newsmap:height', height: clampEmbedHeight(height) }),
      ).toBeDefined();
    }
  });
});
