import type { PixelPoint } from './web-mercator-frame.js';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Edge = { inside(point: PixelPoint): boolean; cross(a: PixelPoint, b: PixelPoint): PixelPoint };

function edgesOf({ left, top, right, bottom }: Rect): Edge[] {
  const atX =
    (x: number) =>
    (a: PixelPoint, b: PixelPoint): PixelPoint => [
      x,
      a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]),
    ];
  const atY =
    (y: number) =>
    (a: PixelPoint, b: PixelPoint): PixelPoint => [
      a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]),
      y,
    ];
  return [
    { inside: ([x]) => x >= left, cross: atX(left) },
    { inside: ([x]) => x <= right, cross: atX(right) },
    { inside: ([, y]) => y >= top, cross: atY(top) },
    { inside: ([, y]) => y <= bottom, cross: atY(bottom) },
  ];
}

/**
 * A closed ring cut to a rectangle (Sutherland-Hodgman). A concave ring may come back with
 * edges running along the rectangle; drawn with a margin beyond the picture, they never show.
 */
export function clipRing(ring: readonly PixelPoint[], rect: Rect): PixelPoint[] {
  let output: PixelPoint[] = [...ring];
  for (const edge of edgesOf(rect)) {
    const input = output;
    output = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length] ?? current;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) output.push(edge.cross(previous, current));
        output.push(current);
      } else if (edge.inside(previous)) output.push(edge.cross(previous, current));
    });
    if (output.length === 0) return [];
  }
  return output;
}

/** The parts of a polyline inside a rectangle (Liang-Barsky per segment), as separate runs. */
export function clipLine(line: readonly PixelPoint[], rect: Rect): PixelPoint[][] {
  const runs: PixelPoint[][] = [];
  let run: PixelPoint[] = [];
  for (let i = 1; i < line.length; i += 1) {
    const a = line[i - 1];
    const b = line[i];
    if (a === undefined || b === undefined) continue;
    const segment = clipSegment(a, b, rect);
    if (segment === undefined) {
      if (run.length > 1) runs.push(run);
      run = [];
      continue;
    }
    const [start, end] = segment;
    const last = run[run.length - 1];
    if (last === undefined || last[0] !== start[0] || last[1] !== start[1]) {
      if (run.length > 1) runs.push(run);
      run = [start];
    }
    run.push(end);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

function clipSegment(
  a: PixelPoint,
  b: PixelPoint,
  rect: Rect,
): [PixelPoint, PixelPoint] | undefined {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const limits: [number, number][] = [
    [-dx, a[0] - rect.left],
    [dx, rect.right - a[0]],
    [-dy, a[1] - rect.top],
    [dy, rect.bottom - a[1]],
  ];
  for (const [p, q] of limits) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return undefined;
  }
  const at = (t: number): PixelPoint =>
    t === 0 ? a : t === 1 ? b : [a[0] + t * dx, a[1] + t * dy];
  return [at(t0), at(t1)];
}
