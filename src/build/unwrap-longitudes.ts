/**
 * Longitudes re-expressed so that a map centred on `centre` draws them without jumps.
 * Natural Earth cuts shapes at 180°, so a ring such as Fiji's or Russia's east runs from
 * 179° to -179° in one step, which a flat projection draws as a line across the whole world.
 * The positions are made continuous (each within 180° of the one before), then the whole run
 * is moved by whole turns to lie nearest the centre:
 * `unwrapLongitudes([[179, -17], [-179, -17]], 170)` is `[[179, -17], [181, -17]]`.
 */
export function unwrapLongitudes(
  positions: readonly (readonly number[])[],
  centre: number,
): [number, number][] {
  const out: [number, number][] = [];
  let previous: number | undefined;
  for (const [lon = 0, lat = 0] of positions) {
    let unwrapped = lon;
    if (previous !== undefined) unwrapped += 360 * Math.round((previous - lon) / 360);
    out.push([unwrapped, lat]);
    previous = unwrapped;
  }
  if (out.length === 0) return out;
  const lons = out.map(([lon]) => lon);
  const middle = (Math.min(...lons) + Math.max(...lons)) / 2;
  const turns = Math.round((centre - middle) / 360);
  return turns === 0 ? out : out.map(([lon, lat]) => [lon + 360 * turns, lat]);
}

/** A single longitude moved by whole turns to lie within 180° of `centre`. */
export function nearestLongitude(lon: number, centre: number): number {
  return lon + 360 * Math.round((centre - lon) / 360);
}
