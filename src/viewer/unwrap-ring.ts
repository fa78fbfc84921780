import type { Position } from 'geojson';

/**
 * A ring that crosses the antimeridian, with the points past it shifted by 360° so that it is
 * drawn as one shape (Chukotka, Fiji) instead of with an edge across the whole map. A ring
 * whose crossings do not cancel out goes around a pole (Antarctica) and is returned as it is.
 * Example: [[179, 0], [-179, 0], [-179, 1], [179, 1]] -> [[179, 0], [181, 0], [181, 1], [179, 1]].
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  let shift = 0;
  let previous: number | undefined;
  const unwrapped = ring.map((point) => {
    const [lon = 0, ...rest] = point;
    if (previous !== undefined) {
      const step = lon - previous;
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    previous = lon;
    return [lon + shift, ...rest];
  });
  return shift === 0 ? unwrapped : [...ring];
}
