import { beforeAll, describe, expect, test } from 'vitest';
import { loadGazetteer } from '../../../../src/pipeline/geoparser/load-gazetteer.js';
import { recogniseToponyms } from '../../../../src/pipeline/geoparser/recognise-toponyms.js';
import type { Gazetteer } from '../../../../src/pipeline/geoparser/types.js';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadGazetteer();
}, 180_000);

const found = (text: string) =>
  recogniseToponyms(text, gazetteer).mentions.map((mention) => mention.text);
const spans = (text: string) =>
  recogniseToponyms(text, gazetteer).mentions.map(({ start, end }) => [start, end]);

describe('recogniseToponyms', () => {
  test('a possessive yields the name alone, with offsets that cover only the name', () => {
    const text = "He criticised China’s refusal and Britain's stance.";
    expect(found(text)).toEqual(['China', 'Britain']);
    expect(spans(text)).toEqual([
      [14, 19],
      [34, 41],
    ]);
  });

  test('"the" stays outside the name; multi-word names are one toponym', () => {
    expect(
      found('Officials in the Philippines and the United States met in New York City.'),
    ).toEqual(['Philippines', 'United States', 'New York City']);
  });

  test('an abbreviation with full stops keeps its last one; US is not the pronoun', () => {
    expect(found('The U.S. warned us, and the US Navy sailed.')).toEqual(['U.S.', 'US']);
  });

  test('persons are rejected, also when their surname comes back alone', () => {
    const text =
      'State Department spokesman Matthew Miller said talks went well. Miller added that Paris Hilton agreed.';
    expect(found(text)).toEqual([]);
  });

  test('titles make the next name a person', () => {
    expect(found('President Lincoln and Dr. Jackson spoke.')).toEqual([]);
  });

  test('ships are rejected after a prefix or a vessel noun', () => {
    expect(
      found(
        'HMCS Montreal, USS Chung-Hoon, the frigate Yulin and the minesweeper Chibi sailed to Singapore.',
      ),
    ).toEqual(['Singapore']);
  });

  test('demonyms and adjectives are not toponyms but count for their country', () => {
    const recognition = recogniseToponyms(
      'Chinese and Taiwanese officials met South Korean envoys.',
      gazetteer,
    );
    expect(recognition.mentions).toEqual([]);
    expect(Object.fromEntries(recognition.demonymCountries)).toEqual({ CN: 1, TW: 1, KR: 1 });
  });

  test('a name that begins with a demonym is still a name', () => {
    expect(found('Farms in British Columbia and islands in the Indian Ocean.')).toEqual([
      'British Columbia',
      'Indian Ocean',
    ]);
  });

  test('a place at the head of an organisation is a place; a newspaper is not', () => {
    expect(found('The California Department of Public Health told the Washington Post.')).toEqual([
      'California',
    ]);
    expect(found('The Sydney Morning Herald said so.')).toEqual([]);
  });

  test('a capitalised direction belongs to the name; a lower-case one does not', () => {
    expect(found('Birds flew from Northern Europe to southern Spain.')).toEqual([
      'Northern Europe',
      'Spain',
    ]);
  });

  test('two capitalised words that are not one known name are not a place: "Ilocos Sur", "Mute Swan"', () => {
    expect(found('Cases in Ilocos Sur and a dead Mute Swan.')).not.toContain('Sur');
  });

  test('a base named for a place is found whole', () => {
    expect(found('The ships docked at Changi Naval Base.')).toEqual(['Changi Naval Base']);
  });

  test('a county or province named for a town includes its head word', () => {
    expect(found('Officials in Lamar County and Nyanza Province reported cases.')).toEqual([
      'Lamar County',
      'Nyanza Province',
    ]);
  });

  test('ordinary capitalised words are not places: sentence starts, calendar words, diseases, money', () => {
    expect(found('Police said on Sunday in May that West Nile virus cost US$460 million.')).toEqual(
      [],
    );
  });

  test('a town named like a common word needs a preposition and a size', () => {
    expect(found('Nice weather. They flew to Nice on Monday.')).toEqual(['Nice']);
  });

  test('a natural feature the gazetteer lacks is found by its shape', () => {
    const mentions = recogniseToponyms(
      'Soldiers patrolled Cape Maobitou Park in Pingtung.',
      gazetteer,
    ).mentions;
    expect(mentions.map((mention) => [mention.text, mention.candidates.length > 0])).toEqual([
      ['Cape Maobitou Park', false],
      ['Pingtung', true],
    ]);
  });
});
