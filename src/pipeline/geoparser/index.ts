export { loadGazetteer } from './load-gazetteer.js';
export { geoparse } from './geoparse.js';
export type { Gazetteer, GazetteerEntry, ResolvedPlace, Toponym } from './types.js';
