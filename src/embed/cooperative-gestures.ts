import './cooperative-gestures.css';

/**
 * Gestures for a map inside someone else's page, so the map never traps the reader's
 * scrolling: the scroll wheel scrolls the page until the reader clicks or focuses the map,
 * and on touch one finger scrolls the page while two fingers move and zoom the map. A short
 * hint says so when the map declines a gesture.
 *
 * Leaflet listens on its own container; these listeners sit on an ancestor in the capture
 * phase, so a declined event is stopped before Leaflet sees it and, not being cancelled,
 * still scrolls the page. The CSS beside this file lets the browser pan the page on touch.
 */

export const COOPERATIVE_CLASS = 'nm-cooperative';

const WHEEL_HINT = 'Click the map, then scroll to zoom';
const TOUCH_HINT = 'Use two fingers to move the map';
// Long enough to read a short sentence, short enough not to get in the way.
const HINT_MS = 1600;

function mapContainerOf(event: Event): HTMLElement | undefined {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLElement && node.classList.contains('leaflet-container')) return node;
  }
  return undefined;
}

/** Turns cooperative gestures on for every Leaflet map under `root`; returns what undoes it. */
export function enableCooperativeGestures(root: HTMLElement): () => void {
  let active = false;
  let hint: HTMLElement | undefined;
  let hintTimer: ReturnType<typeof setTimeout> | undefined;

  const hideHint = () => {
    clearTimeout(hintTimer);
    hint?.classList.remove('nm-gesture-hint--shown');
  };
  const showHint = (map: HTMLElement, text: string) => {
    if (hint === undefined) {
      hint = document.createElement('div');
      hint.className = 'nm-gesture-hint';
      // Pointer and touch readers get it visually; it would only be noise read aloud.
      hint.setAttribute('aria-hidden', 'true');
    }
    if (hint.parentNode !== map) map.append(hint);
    hint.textContent = text;
    hint.classList.add('nm-gesture-hint--shown');
    clearTimeout(hintTimer);
    hintTimer = setTimeout(hideHint, HINT_MS);
  };

  const onWheel = (event: WheelEvent) => {
    const map = mapContainerOf(event);
    if (map === undefined || active) return;
    event.stopPropagation();
    showHint(map, WHEEL_HINT);
  };
  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && mapContainerOf(event) !== undefined) {
      active = true;
      hideHint();
    }
  };
  const onFocusIn = (event: FocusEvent) => {
    if (mapContainerOf(event) !== undefined) active = true;
  };
  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !root.contains(next)) active = false;
  };
  const onMouseLeave = () => {
    active = false;
  };
  const onTouchStart = (event: TouchEvent) => {
    if (event.touches.length === 1 && mapContainerOf(event) !== undefined) event.stopPropagation();
  };
  const onTouchMove = (event: TouchEvent) => {
    const map = mapContainerOf(event);
    if (map === undefined) return;
    if (event.touches.length > 1) {
      // Two fingers belong to the map: the page must not scroll or zoom under them.
      if (event.cancelable) event.preventDefault();
      hideHint();
      return;
    }
    event.stopPropagation();
    showHint(map, TOUCH_HINT);
  };

  const capture = { capture: true } as const;
  const activeCapture = { capture: true, passive: false } as const;
  root.classList.add(COOPERATIVE_CLASS);
  root.addEventListener('wheel', onWheel, capture);
  root.addEventListener('pointerdown', onPointerDown, capture);
  root.addEventListener('focusin', onFocusIn);
  root.addEventListener('focusout', onFocusOut);
  root.addEventListener('mouseleave', onMouseLeave);
  root.addEventListener('touchstart', onTouchStart, activeCapture);
  root.addEventListener('touchmove', onTouchMove, activeCapture);
  return () => {
    clearTimeout(hintTimer);
    hint?.remove();
    root.classList.remove(COOPERATIVE_CLASS);
    root.removeEventListener('wheel', onWheel, capture);
    root.removeEventListener('pointerdown', onPointerDown, capture);
    root.removeEventListener('focusin', onFocusIn);
    root.removeEventListener('focusout', onFocusOut);
    root.removeEventListener('mouseleave', onMouseLeave);
    root.removeEventListener('touchstart', onTouchStart, activeCapture);
    root.removeEventListener('touchmove', onTouchMove, activeCapture);
  };
}
