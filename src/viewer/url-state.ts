/**
 * The place named in a URL hash such as `#place=matsu-islands`, or undefined. The id is only
 * read here; the viewer looks it up in a Map of its own places, so an id like `__proto__`
 * names nothing.
 */
export function placeIdFromHash(hash: string): string | undefined {
  return hashValue(hash, 'place');
}

/** The story step named in a URL hash such as `#step=matsu-islands-2023-04-09`, or undefined. */
export function stepIdFromHash(hash: string): string | undefined {
  return hashValue(hash, 'step');
}

function hashValue(hash: string, key: 'place' | 'step'): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(key);
  return value === null || value === '' ? undefined : value;
}

/** The hash for an open place (`#place=<id>`) or for none (empty), keeping any other hash keys. */
export function hashForPlace(hash: string, id: string | undefined): string {
  return hashWith(hash, 'place', id);
}

function hashWith(hash: string, key: 'place' | 'step', id: string | undefined): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (id === undefined) params.delete(key);
  else params.set(key, id);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

/**
 * Follows the open place in the page's URL with `history.replaceState`, so opening places
 * never adds history entries and Back still leaves the page.
 */
export function writePlaceToUrl(id: string | undefined): void {
  writeToUrl('place', id);
}

/** Follows the story step shown (`#step=<id>`) in the page's URL, as `writePlaceToUrl` does. */
export function writeStepToUrl(id: string | undefined): void {
  writeToUrl('step', id);
}

function writeToUrl(key: 'place' | 'step', id: string | undefined): void {
  const url = new URL(window.location.href);
  const hash = hashWith(url.hash, key, id);
  if (hash === url.hash || (hash === '' && url.hash === '#')) return;
  url.hash = hash;
  const href = hash === '' ? url.href.replace(/#$/, '') : url.href;
  window.history.replaceState(window.history.state, '', href);
}
