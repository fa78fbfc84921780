import { bearing } from '@turf/bearing';
import { destination } from '@turf/destination';
import { distance } from '@turf/distance';

// Enough points for a smooth curve across half the world, few enough to draw at once.
const ARC_POINTS = 64;

/**
 * The great circle from `from` to `to` as `[lat, lng]` pairs Leaflet draws as one continuous
 * line: points at equal steps along it (turf's destination from `from`, on its initial
 * bearing), each longitude kept within 180° of the one before (so the line goes past 180
 * instead of jumping back to -180, which Leaflet would draw across the whole map), and the
 * whole line moved by whole turns to lie nearest `centreLng`, the map's own centre.
 * `journeyArc([-77, 38.9], [116.4, 39.9], 70)` runs from longitude 283 to 116.4, across the
 * Pacific.
 */
export function journeyArc(
  from: readonly [number, number],
  to: readonly [number, number],
  centreLng: number,
): [number, number][] {
  const origin = [...from];
  const length = distance(origin, [...to]);
  const heading = bearing(origin, [...to]);
  const unwrapped: [number, number][] = [];
  let previous: number | undefined;
  for (let step = 0; step < ARC_POINTS; step += 1) {
    const along = (length * step) / (ARC_POINTS - 1);
    const [lng = 0, lat = 0] = destination(origin, along, heading).geometry.coordinates;
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
