import type { Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import type { Dataset, PlaceFeature } from '../schema/dataset-schema.js';
import { escapeMarkup } from '../embed/escape-markup.js';
import { orderByFirstMention } from '../viewer/place-order.js';
import { clipLine, clipRing, type Rect } from './clip-to-rect.js';
import { nearestLongitude, unwrapLongitudes } from './unwrap-longitudes.js';
import { fitWebMercatorFrame, type MapFrame, type PixelPoint } from './web-mercator-frame.js';

/** A world-atlas `countries-*.json` topology: objects `land` and `countries`. */
export type WorldAtlas = Topology<{ land: GeometryCollection; countries: GeometryCollection }>;

export interface StaticBasemap {
  /** 1:110m, for views of a continent or more. */
  coarse: WorldAtlas;
  /** 1:50m (as the interactive offline map), for closer views. */
  fine: WorldAtlas;
}

export interface StaticMap {
  svg: string;
  /** Alt text: what the picture shows, naming every place on it. */
  alt: string;
  width: number;
  height: number;
}

const STYLE = {
  ocean: '#dce9f1',
  land: '#f3f0e8',
  coast: '#a9b8c2',
  border: '#c4b49f',
  focus: '#b3261e',
  wider: '#2f5d8a',
  label: '#1d2329',
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
};
// Coarse coasts are fine for a view wider than this many degrees.
const COARSE_ABOVE_DEGREES = 40;
const MARKER_RADIUS = 6;
const LABEL_SIZE = 13;
// An estimate of a label's width per character: labels never measured, only kept apart.
const LABEL_CHAR_WIDTH = 7;

const round = (value: number) => Math.round(value * 10) / 10;

function pathData(rings: readonly PixelPoint[][], close: boolean): string {
  return rings
    .map((ring) => {
      const points: string[] = [];
      let previous = '';
      for (const [x, y] of ring) {
        const point = `${round(x)} ${round(y)}`;
        if (point !== previous) points.push(point);
        previous = point;
      }
      return `M${points.join('L')}${close ? 'Z' : ''}`;
    })
    .join('');
}

function polygonRings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(polygonRings);
  return [];
}

/** A ring or line on the picture, drawn continuously across 180° near the frame's centre. */
const toPixels = (frame: MapFrame, positions: readonly Position[]): PixelPoint[] =>
  unwrapLongitudes(positions, frame.centreLongitude).map((lonLat) => frame.project(lonLat));

function landPath(atlas: WorldAtlas, frame: MapFrame, clip: Rect): string {
  const land = feature(atlas, atlas.objects.land);
  const rings = land.features
    .flatMap((item) => polygonRings(item.geometry))
    .map((ring) => clipRing(toPixels(frame, ring), clip))
    .filter((ring) => ring.length > 2);
  return pathData(rings, true);
}

function borderPath(atlas: WorldAtlas, frame: MapFrame, clip: Rect): string {
  const borders = mesh(atlas, atlas.objects.countries, (a, b) => a !== b);
  const runs = borders.coordinates.flatMap((line) => clipLine(toPixels(frame, line), clip));
  return pathData(runs, false);
}

interface PlacedPlace {
  place: PlaceFeature;
  at: PixelPoint;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Labels for the places, right of the marker or else left, skipping those with no room. */
function labels(placed: readonly PlacedPlace[], width: number): string[] {
  const taken: Box[] = placed.map(({ at: [x, y] }) => ({
    left: x - MARKER_RADIUS,
    right: x + MARKER_RADIUS,
    top: y - MARKER_RADIUS,
    bottom: y + MARKER_RADIUS,
  }));
  const byImportance = [...placed].sort(
    (a, b) => Number(b.place.properties.focus) - Number(a.place.properties.focus),
  );
  const out: string[] = [];
  for (const { place, at } of byImportance) {
    const [x, y] = at;
    const textWidth = place.properties.name.length * LABEL_CHAR_WIDTH;
    const candidates = [
      { anchor: 'start', box: { left: x + 10, right: x + 10 + textWidth } },
      { anchor: 'end', box: { left: x - 10 - textWidth, right: x - 10 } },
    ];
    const fits = candidates
      .map(({ anchor, box }) => ({
        anchor,
        box: { ...box, top: y - LABEL_SIZE / 2 - 2, bottom: y + LABEL_SIZE / 2 + 2 },
      }))
      .find(
        ({ box }) =>
          box.left >= 2 && box.right <= width - 2 && !taken.some((t) => overlaps(t, box)),
      );
    if (fits === undefined) continue;
    taken.push(fits.box);
    const textX = fits.anchor === 'start' ? fits.box.left : fits.box.right;
    out.push(
      `<text x="${round(textX)}" y="${round(y + LABEL_SIZE * 0.35)}" text-anchor="${fits.anchor}">${escapeMarkup(place.properties.name)}</text>`,
    );
  }
  return out;
}

function marker({ place, at: [x, y] }: PlacedPlace): string {
  const colour = place.properties.focus ? STYLE.focus : STYLE.wider;
  return `<circle cx="${round(x)}" cy="${round(y)}" r="${MARKER_RADIUS}" fill="${colour}"/>`;
}

/** "A, B and C.", without doubling a full stop that ends the last name ("Washington, D.C."). */
function sentenceListing(names: readonly string[]): string {
  const last = names[names.length - 1] ?? '';
  const listed = names.length <= 1 ? last : `${names.slice(0, -1).join(', ')} and ${last}`;
  return listed.endsWith('.') ? listed : `${listed}.`;
}

/** The places the map opens on: the focus places, or every place when none is marked. */
function framedPlaces(dataset: Dataset): PlaceFeature[] {
  const focus = dataset.features.filter((place) => place.properties.focus);
  return focus.length > 0 ? focus : dataset.features;
}

/**
 * A picture of the map as it opens, for readers without JavaScript: the Natural Earth base
 * map in Web Mercator, framed on the focus places, with a marker and a label per place.
 * Every dataset string is escaped; the alt text names each place in the picture.
 */
export function renderStaticMap(
  dataset: Dataset,
  basemap: StaticBasemap,
  { width = 800, height = 600 }: { width?: number; height?: number } = {},
): StaticMap {
  const frame = fitWebMercatorFrame(
    framedPlaces(dataset).map((place) => place.geometry.coordinates),
    { width, height },
  );
  const atlas = frame.spanDegrees > COARSE_ABOVE_DEGREES ? basemap.coarse : basemap.fine;
  const margin = 20;
  const clip = { left: -margin, top: -margin, right: width + margin, bottom: height + margin };
  const placed: PlacedPlace[] = [];
  const beyond: string[] = [];
  for (const place of orderByFirstMention(dataset.features)) {
    const [lon, lat] = place.geometry.coordinates;
    const at = frame.project([nearestLongitude(lon, frame.centreLongitude), lat]);
    const inside = at[0] >= 0 && at[0] <= width && at[1] >= 0 && at[1] <= height;
    if (inside) placed.push({ place, at });
    else beyond.push(place.properties.name);
  }
  const shown = placed.map(({ place }) => place.properties.name);
  // Focus markers are drawn last, so they sit on top.
  const drawOrder = [...placed].sort(
    (a, b) => Number(a.place.properties.focus) - Number(b.place.properties.focus),
  );
  const alt = [
    `Map of the places in “${dataset.article.title}”${shown.length > 0 ? `: ${sentenceListing(shown)}` : '.'}`,
    beyond.length > 0 ? `Also in the story, beyond this view: ${sentenceListing(beyond)}` : '',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeMarkup(alt)}">`,
    `<title>${escapeMarkup(alt)}</title>`,
    `<rect width="${width}" height="${height}" fill="${STYLE.ocean}"/>`,
    `<path d="${landPath(atlas, frame, clip)}" fill="${STYLE.land}" fill-rule="evenodd" stroke="${STYLE.coast}" stroke-width="0.8" stroke-linejoin="round"/>`,
    `<path d="${borderPath(atlas, frame, clip)}" fill="none" stroke="${STYLE.border}" stroke-width="0.8" stroke-dasharray="3 2"/>`,
    `<g stroke="#fff" stroke-width="2">${drawOrder.map(marker).join('')}</g>`,
    `<g font-family='${STYLE.font}' font-size="${LABEL_SIZE}" font-weight="600" fill="${STYLE.label}" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${labels(placed, width).join('')}</g>`,
    `<text x="${width - 6}" y="${height - 6}" text-anchor="end" font-family='${STYLE.font}' font-size="10" fill="#5b6670">Base map: Natural Earth</text>`,
    '</svg>',
  ].join('\n');
  return { svg, alt, width, height };
}
