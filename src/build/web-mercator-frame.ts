/** A pixel position on a picture, from its top-left corner. */
export type PixelPoint = [x: number, y: number];

export interface MapFrame {
  width: number;
  height: number;
  /** Degrees of longitude across the picture. */
  spanDegrees: number;
  /** The longitude at the picture's centre; it may lie beyond 180 for a view across it. */
  centreLongitude: number;
  /** Where `[lon, lat]` falls on the picture (it may fall outside it). */
  project(lonLat: readonly [number, number]): PixelPoint;
}

export interface FrameOptions {
  width: number;
  height: number;
  /** Share of the picture left empty on each side around the points. */
  padding?: number;
  /** Narrowest span shown, in degrees of longitude, so that one place still gets context. */
  minSpanDegrees?: number;
}

// Web Mercator's y reaches infinity at the poles; the interactive map stops here too.
const MAX_LATITUDE = 85.0511287798;

/** Web Mercator on a world one unit wide: x from 0 (180° W) to 1, y from 0 (north) to 1. */
function toUnitMercator([lon, lat]: readonly [number, number]): PixelPoint {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/**
 * The longitudes moved by whole turns so that they span the least: points on both sides of
 * 180° (Fiji at 178°, Samoa at -172°) come out side by side (178, 188), not a world apart.
 */
function closestTogether(lons: readonly number[]): number[] {
  const sorted = [...lons].sort((a, b) => a - b);
  let widestGap = (sorted[0] ?? 0) + 360 - (sorted[sorted.length - 1] ?? 0);
  let cut = Number.NEGATIVE_INFINITY;
  for (let i = 1; i < sorted.length; i += 1) {
    const gap = (sorted[i] ?? 0) - (sorted[i - 1] ?? 0);
    if (gap > widestGap) {
      widestGap = gap;
      cut = sorted[i] ?? 0;
    }
  }
  return lons.map((lon) => (lon < cut ? lon + 360 : lon));
}

/**
 * A Web Mercator frame (the interactive map's projection, so the picture and the map agree)
 * that fits the points with padding: `fitWebMercatorFrame([[116.4, 39.9], [121.5, 25.0]],
 * { width: 800, height: 600 })` centres Beijing and Taipei in an 800 x 600 picture.
 */
export function fitWebMercatorFrame(
  points: readonly (readonly [number, number])[],
  { width, height, padding = 0.12, minSpanDegrees = 6 }: FrameOptions,
): MapFrame {
  const framed = points.length > 0 ? points : [[0, 20] as const];
  const lons = closestTogether(framed.map(([lon]) => lon));
  const projected = framed.map(([, lat], i) => toUnitMercator([lons[i] ?? 0, lat]));
  const xs = projected.map(([x]) => x);
  const ys = projected.map(([, y]) => y);
  const minSpan = minSpanDegrees / 360;
  const spanX = Math.max(Math.max(...xs) - Math.min(...xs), minSpan);
  const spanY = Math.max(Math.max(...ys) - Math.min(...ys), minSpan * (height / width));
  const centreX = (Math.max(...xs) + Math.min(...xs)) / 2;
  const centreY = (Math.max(...ys) + Math.min(...ys)) / 2;
  const usable = 1 - 2 * padding;
  const scale = Math.min((width * usable) / spanX, (height * usable) / spanY);
  return {
    width,
    height,
    spanDegrees: (width / scale) * 360,
    centreLongitude: centreX * 360 - 180,
    project(lonLat) {
      const [x, y] = toUnitMercator(lonLat);
      return [width / 2 + (x - centreX) * scale, height / 2 + (y - centreY) * scale];
    },
  };
}
