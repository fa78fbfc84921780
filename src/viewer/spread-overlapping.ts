/** A marker's position on screen, in pixels. */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/**
 * How far to move each marker's symbol so that none overlaps another: markers closer than
 * `gap` pixels (directly or through a chain of neighbours) form a group, and a group's symbols
 * are laid out on a circle around its centre, each keeping its direction from the centre, with
 * neighbours `gap` apart. Markers already clear of the others are not moved. Returns only the
 * moved ones. Example: two markers 4 px apart with a 34 px gap end up 34 px apart.
 */
export function spreadOverlapping(
  points: readonly ScreenPoint[],
  gap: number,
): Map<string, { dx: number; dy: number }> {
  const parent = points.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const b = points[j];
      if (a !== undefined && b !== undefined && Math.hypot(a.x - b.x, a.y - b.y) < gap) {
        parent[root(j)] = root(i);
      }
    }
  }
  const groups = new Map<number, ScreenPoint[]>();
  points.forEach((point, i) => {
    const group = groups.get(root(i)) ?? [];
    group.push(point);
    groups.set(root(i), group);
  });

  const offsets = new Map<string, { dx: number; dy: number }>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const cx = group.reduce((sum, p) => sum + p.x, 0) / group.length;
    const cy = group.reduce((sum, p) => sum + p.y, 0) / group.length;
    const radius = gap / (2 * Math.sin(Math.PI / group.length));
    const byAngle = group
      .map((point, i) => ({
        point,
        // Points on the centre itself (identical positions) get evenly spread fallback angles.
        angle:
          point.x === cx && point.y === cy
            ? (2 * Math.PI * i) / group.length
            : Math.atan2(point.y - cy, point.x - cx),
      }))
      .sort((a, b) => a.angle - b.angle);
    const start = byAngle[0]?.angle ?? 0;
    byAngle.forEach(({ point }, i) => {
      const angle = start + (2 * Math.PI * i) / group.length;
      offsets.set(point.id, {
        dx: cx + radius * Math.cos(angle) - point.x,
        dy: cy + radius * Math.sin(angle) - point.y,
      });
    });
  }
  return offsets;
}
