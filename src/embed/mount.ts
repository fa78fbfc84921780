import { mountEmbeddedViewer, type MapHandle, type MountOptions } from './embedded-viewer.js';
import { attachShadowFrame } from './shadow-frame.js';

export type { MapHandle, MountOptions } from './embedded-viewer.js';

/**
 * Shows an article's map inside `element`, in a shadow root of its own: the page's CSS cannot
 * reach the map and the map's CSS cannot reach the page. Nothing is added to `window`; maps on
 * one page are independent. Give `element` a height, or the map takes a 4:3 shape.
 *
 * @example
 * const map = mount(document.getElementById('map'), {
 *   datasetUrl: 'https://newsmap.example.org/data/blinken-beijing-talks-2023.geojson',
 *   place: 'matsu-islands',
 * });
 * map.on('open', ({ id }) => console.log('opened', id));
 */
export function mount(element: HTMLElement, options: MountOptions = {}): MapHandle {
  const host = document.createElement('div');
  element.append(host);
  const map = mountEmbeddedViewer(attachShadowFrame(host), options);
  return {
    ...map,
    destroy() {
      map.destroy();
      host.remove();
    },
  };
}
