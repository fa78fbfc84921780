/**
 * Leaflet's canvas renderer, apart from leaflet.ts: only the offline base map draws on a
 * canvas, so only its chunk, loaded when the tiles fail, carries it.
 */
export { Canvas } from 'leaflet/src/layer/vector/Canvas.js';
