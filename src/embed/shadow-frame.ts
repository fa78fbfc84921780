import { registeredStyleSheet } from './shadow-styles.js';

/**
 * The shadow host's own rules. Host-page rules reach the host element (`* {...}`, `div {...}`);
 * `all: initial` undoes whatever they set, and inside a shadow root an !important
 * declaration beats the page's !important ones. Without a height from the page, the map keeps
 * a 4:3 shape instead of collapsing to nothing.
 */
const FRAME_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: relative !important;
  box-sizing: border-box !important;
  width: 100% !important;
  height: 100% !important;
  aspect-ratio: 4 / 3 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: hidden !important;
  text-align: left !important;
}
:host([hidden]) {
  display: none !important;
}
.nm-frame {
  position: absolute !important;
  inset: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
}
/* The host page's root font size is its own design (a 30px or 62.5% root), not the reader's
   choice, so text inside the shadow root is sized in CSS pixels, which page zoom scales. */
.newsmap {
  --nm-text-px: 1px !important;
}
`;

let frameSheet: CSSStyleSheet | undefined;

/**
 * Gives `host` a shadow root (or reuses its own) holding the map's CSS, and returns a new
 * element in it where the viewer goes.
 */
export function attachShadowFrame(host: HTMLElement): HTMLElement {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if (frameSheet === undefined) {
    frameSheet = new CSSStyleSheet();
    frameSheet.replaceSync(FRAME_CSS);
  }
  root.adoptedStyleSheets = [registeredStyleSheet(), frameSheet];
  const frame = document.createElement('div');
  frame.className = 'nm-frame';
  root.append(frame);
  return frame;
}
