import * as L from './leaflet.js';
import { formatCount } from './format-count.js';

/** A cluster as the map draws it. */
export interface DrawnCluster {
  id: number;
  latLng: L.LatLng;
  count: number;
}

/**
 * A cluster's badge, which can be moved to another cluster: a zoom replaces every cluster in
 * view, and moving a badge costs a fraction of removing a marker and making another.
 */
export interface ClusterBadge {
  readonly marker: L.Marker;
  show(cluster: DrawnCluster): void;
}

// Badge diameter in pixels, growing with the number of places inside.
function badgeSize(count: number): number {
  return count < 100 ? 32 : count < 10_000 ? 40 : 48;
}

/** "12k" rather than "12,345": the badge has room for four characters. */
export function shortCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 1_000_000) return `${Math.round(count / 100) / 10}k`.replace('.0k', 'k');
  return `${Math.round(count / 100_000) / 10}M`.replace('.0M', 'M');
}

const badgeName = (count: number) => `${formatCount(count)} places, zoom in`;

/**
 * A round marker showing how many places its cluster holds, focusable with Tab, named
 * "1,234 places, zoom in", and activated by click, Enter or Space. Styled by
 * cluster-badge.css, which the page loads with this chunk (see cluster-layer.ts).
 */
export function createClusterBadge(
  cluster: DrawnCluster,
  onActivate: (cluster: DrawnCluster) => void,
): ClusterBadge {
  let shown = cluster;
  // Not dom.ts's helper: this chunk is loaded lazily and should share no module with the page.
  const badge = document.createElement('span');
  badge.className = 'nm-cluster__count';
  badge.textContent = shortCount(cluster.count);
  const size = badgeSize(cluster.count);
  const marker = L.marker(cluster.latLng, {
    icon: L.divIcon({
      html: badge,
      className: 'nm-cluster',
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    }),
    keyboard: true,
    title: badgeName(cluster.count),
  });
  marker.on('click', () => onActivate(shown));
  marker.on('keydown', (event: L.LeafletKeyboardEvent) => {
    const key = event.originalEvent.key;
    if (key !== 'Enter' && key !== ' ') return;
    event.originalEvent.preventDefault();
    onActivate(shown);
  });
  return {
    marker,
    show(next) {
      const element = marker.getElement();
      if (element !== undefined && next.count !== shown.count) {
        marker.options.title = element.title = badgeName(next.count);
        badge.textContent = shortCount(next.count);
        const nextSize = badgeSize(next.count);
        if (nextSize !== badgeSize(shown.count))
          Object.assign(element.style, {
            width: `${nextSize}px`,
            height: `${nextSize}px`,
            marginLeft: `${-nextSize / 2}px`,
            marginTop: `${-nextSize / 2}px`,
          });
      }
      shown = next;
      marker.setLatLng(next.latLng);
    },
  };
}
