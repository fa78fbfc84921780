import { describe, expect, test } from 'vitest';
import { readArticle } from '../../../src/pipeline/read-article.js';
import { loadSeed } from './seed-article.js';

describe('readArticle', () => {
  test('every sentence is cut from the text at its own offsets', () => {
    const { text, sentences } = readArticle(
      'First one. Second “with a quote. Still quoted.” Third?\n\nNext paragraph here.',
    );
    expect(sentences.map((s) => s.text)).toEqual([
      'First one.',
      'Second “with a quote. Still quoted.”',
      'Third?',
      'Next paragraph here.',
    ]);
    for (const sentence of sentences)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 0, 1]);
  });

  test('does not end a sentence at an abbreviation followed by a lower-case word', () => {
    const { sentences } = readArticle('He met Xi at 4:30 p.m. local time. Then he left.');
    expect(sentences.map((s) => s.text)).toEqual([
      'He met Xi at 4:30 p.m. local time.',
      'Then he left.',
    ]);
  });

  test('finds the six photo captions of the first article, and keeps each whole', () => {
    const { seed } = loadSeed();
    const captions = readArticle(seed.text).sentences.filter((s) => s.role === 'caption');
    expect(captions.map((c) => c.text.slice(0, 40))).toEqual([
      'US Secretary of State Antony Blinken mee',
      'Pictured: The Arleigh Burke-class guided',
      'US Secretary of State Antony Blinken wal',
      'Soldier stands near Hsiung Feng’s mobile',
      'The Chinese Navy’s missile frigate Yulin',
      'Three military boats from Taiwan’s Amphi',
    ]);
  });

  test('keeps a body paragraph whose full stop was dropped as body text', () => {
    const { seed } = loadSeed();
    const balloon = readArticle(seed.text).sentences.find((s) =>
      s.text.includes('surveillance balloon'),
    );
    expect(balloon?.role).toBe('body');
    expect(balloon?.text.endsWith('over the US')).toBe(true);
  });
});
