import {
  HEIGHT_MESSAGE,
  PLACE_MESSAGE,
  clampEmbedHeight,
  type HeightMessage,
  type PlaceMessage,
} from './embed-messages.js';

/**
 * The parent's origin when the browser tells us (Chromium and Safari list it in
 * `ancestorOrigins`; the snippet's referrer policy sends it as the referrer), else '*': the
 * height and the place id are not secrets, and an embed cannot know its host beforehand.
 */
function parentOrigin(): string {
  const listed = location.ancestorOrigins?.[0];
  if (listed !== undefined && listed !== 'null') return listed;
  try {
    return document.referrer === '' ? '*' : new URL(document.referrer).origin;
  } catch {
    return '*';
  }
}

export interface ParentChannel {
  /** Tells the parent which place the reader opened (null: closed). */
  postPlace(place: string | null): void;
  /** Stops watching the content's height. */
  disconnect(): void;
}

/**
 * Tells the page holding this embed (when there is one) the height the content wants, each
 * time it changes, so the host script can size the iframe to fit without a scroll bar.
 */
export function connectToParent(content: HTMLElement): ParentChannel {
  const parent = window.parent;
  if (parent === window) return { postPlace: () => undefined, disconnect: () => undefined };
  const targetOrigin = parentOrigin();
  let lastHeight = 0;
  const postHeight = () => {
    const height = clampEmbedHeight(content.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    parent.postMessage(message, targetOrigin);
  };
  const observer = new ResizeObserver(postHeight);
  observer.observe(content);
  postHeight();
  return {
    postPlace(place) {
      const message: PlaceMessage = { type: PLACE_MESSAGE, place };
      parent.postMessage(message, targetOrigin);
    },
    disconnect: () => observer.disconnect(),
  };
}
