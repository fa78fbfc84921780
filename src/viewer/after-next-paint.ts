// A page that is hidden (a background tab, an embed scrolled out of sight) paints no frames;
// work waiting for one goes ahead after this long instead.
const HIDDEN_PAGE_WAIT_MS = 200;

/**
 * Settles once the browser has painted its next frame, so that what runs then does not hold
 * back what that frame shows (the map and its markers). It waits for the frame after, too: a
 * task queued from the first frame's callbacks may still run before others queued there, such
 * as a reader's input or a measurement of when the markers appeared.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, HIDDEN_PAGE_WAIT_MS);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(fallback);
        setTimeout(resolve, 0);
      }),
    );
  });
}
