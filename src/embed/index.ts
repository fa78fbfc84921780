export { mount, type MapHandle, type MountOptions } from './mount.js';
export { NewsMapElement, defineNewsMapElement } from './news-map-element.js';
export type { ViewerEventMap } from '../viewer/viewer-events.js';
export {
  HEIGHT_MESSAGE,
  PLACE_MESSAGE,
  MIN_EMBED_HEIGHT,
  MAX_EMBED_HEIGHT,
  type EmbedMessage,
} from './embed-messages.js';
