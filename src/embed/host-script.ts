import { HEIGHT_MESSAGE, parseEmbedMessage } from './embed-messages.js';

/**
 * dist/embed.js: the script a host page loads beside its newsmap iframes. It sizes every
 * `<iframe data-newsmap-embed>` to the height its map asks for, and re-dispatches the place the
 * reader opened as a `newsmap:placechange` event on the iframe element.
 *
 * Threat model: the host page is not ours and may be odd (a frozen Object.prototype, replaced
 * Array methods, its own global `L`); other frames on it may be hostile. So a message counts
 * only when it comes from the window of one of the marked iframes *and* from that iframe's
 * origin, and parses as an embed message. Everything this script needs from the platform is
 * captured when it loads; it adds no global and uses no Array method.
 */

export const EMBED_ATTRIBUTE = 'data-newsmap-embed';
export const PLACE_CHANGE_EVENT = 'newsmap:placechange';

const apply = Reflect.apply;
const getDescriptor = Object.getOwnPropertyDescriptor;
const URLConstructor = URL;
const CustomEventConstructor = CustomEvent;
const querySelectorAll = Document.prototype.querySelectorAll;
const addEventListener = EventTarget.prototype.addEventListener;
const dispatchEvent = EventTarget.prototype.dispatchEvent;
const getAttribute = Element.prototype.getAttribute;
const setStyleProperty = CSSStyleDeclaration.prototype.setProperty;
const contentWindowOf = getDescriptor(HTMLIFrameElement.prototype, 'contentWindow')?.get;
const styleOf = getDescriptor(HTMLElement.prototype, 'style')?.get;
const sourceOf = getDescriptor(MessageEvent.prototype, 'source')?.get;
const originOf = getDescriptor(MessageEvent.prototype, 'origin')?.get;
const dataOf = getDescriptor(MessageEvent.prototype, 'data')?.get;
// Two copies of this script on one page (one per pasted snippet) must act once per message.
const HANDLED = Symbol.for('newsmap.embed.handled');

function originOfSource(iframe: HTMLIFrameElement): string | undefined {
  const src: unknown = apply(getAttribute, iframe, ['src']);
  if (typeof src !== 'string') return undefined;
  try {
    return new URLConstructor(src, document.baseURI).origin;
  } catch {
    return undefined;
  }
}

function iframeThatSent(source: unknown, origin: unknown): HTMLIFrameElement | undefined {
  if (source === null || typeof origin !== 'string' || contentWindowOf === undefined)
    return undefined;
  const frames: NodeListOf<HTMLIFrameElement> = apply(querySelectorAll, document, [
    `iframe[${EMBED_ATTRIBUTE}]`,
  ]);
  for (let i = 0; i < frames.length; i += 1) {
    const iframe = frames[i];
    if (iframe === undefined || apply(contentWindowOf, iframe, []) !== source) continue;
    return originOfSource(iframe) === origin ? iframe : undefined;
  }
  return undefined;
}

function onMessage(event: MessageEvent): void {
  if (sourceOf === undefined || originOf === undefined || dataOf === undefined) return;
  const marks = event as unknown as Record<symbol, boolean>;
  if (marks[HANDLED] === true) return;
  const iframe = iframeThatSent(apply(sourceOf, event, []), apply(originOf, event, []));
  if (iframe === undefined) return;
  const message = parseEmbedMessage(apply(dataOf, event, []));
  if (message === undefined) return;
  marks[HANDLED] = true;
  if (message.type === HEIGHT_MESSAGE) {
    if (styleOf === undefined) return;
    // Inline and important: a host stylesheet that fixes iframe heights must not undo it.
    apply(setStyleProperty, apply(styleOf, iframe, []), [
      'height',
      `${message.height}px`,
      'important',
    ]);
  } else {
    const detail = { place: message.place };
    apply(dispatchEvent, iframe, [
      new CustomEventConstructor(PLACE_CHANGE_EVENT, { bubbles: true, detail }),
    ]);
  }
}

apply(addEventListener, window, ['message', onMessage]);
