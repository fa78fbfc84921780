import { recogniseToponyms } from './recognise-toponyms.js';
import { resolveToponyms } from './resolve-toponyms.js';
import type { Gazetteer, Toponym } from './types.js';

/**
 * Finds the toponyms of an English news text and resolves each to a place, offline.
 *
 * @example
 * const gazetteer = loadGazetteer();
 * geoparse('Blinken met Wang Yi in Beijing, China’s capital.', gazetteer);
 * // -> [{ start: 23, end: 30, text: 'Beijing', place: { id: 'beijing-cn', lon: 116.39723, ... } },
 * //     { start: 32, end: 37, text: 'China', place: { id: 'china', kind: 'country', ... } }]
 */
export function geoparse(text: string, gazetteer: Gazetteer): Toponym[] {
  return resolveToponyms(text, recogniseToponyms(text, gazetteer), gazetteer);
}
