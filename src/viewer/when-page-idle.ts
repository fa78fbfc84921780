// Work put off until the page is idle goes ahead after this long even if it never is.
const LONGEST_WAIT_MS = 5_000;

/**
 * Calls `callback` once the page is idle, or after LONGEST_WAIT_MS at the latest; returns the
 * function that cancels the call. Where the browser has no idle callbacks (Safari), the call
 * comes after a short timer instead.
 */
export function whenPageIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: LONGEST_WAIT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
}
