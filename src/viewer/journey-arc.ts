import greatCircle from '@turf/great-circle';
import type { Position } from 'geojson';

// Enough points for a smooth curve across half the world, few enough to draw at once.
const ARC_POINTS = 64;

/**
 * The great circle (turf) from `from` to `to` as `[lat, lng]` pairs Leaflet draws as one
 * continuous line. Turf splits a route that crosses 180° into two parts, which Leaflet would
 * draw as two lines at opposite ends of the map; here each longitude is kept within 180° of
 * the one before (so the line goes past 180 instead of jumping back), and the whole line is
 * moved by whole turns to lie nearest `centreLng`, the map's own centre.
 * `journeyArc([-77, 38.9], [116.4, 39.9], 70)` runs from longitude 283 to 116.4, across the
 * Pacific.
 */
export function journeyArc(
  from: readonly [number, number],
  to: readonly [number, number],
  centreLng: number,
): [number, number][] {
  const { geometry } = greatCircle([...from], [...to], { npoints: ARC_POINTS });
  const positions: Position[] =
    geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
  const unwrapped: [number, number][] = [];
  let previous: number | undefined;
  for (const [lng = 0, lat = 0] of positions) {
    const continuous =
      previous === undefined ? lng : lng + 360 * Math.round((previous - lng) / 360);
    unwrapped.push([lat, continuous]);
    previous = continuous;
  }
  const lngs = unwrapped.map(([, lng]) => lng);
  const middle = (Math.min(...lngs) + Math.max(...lngs)) / 2;
  const turns = Math.round((centreLng - middle) / 360);
  return unwrapped.map(([lat, lng]) => [lat, lng + 360 * turns]);
}
