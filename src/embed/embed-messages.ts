/**
 * The messages an embedded map (dist/embed.html, in an iframe) posts to the page that holds
 * it. They are the whole protocol; the host script (`embed.js`) trusts nothing else.
 *
 * - `{ type: 'newsmap:height', height: 612 }`: the CSS pixel height the embed wants, a
 *   finite number within [MIN_EMBED_HEIGHT, MAX_EMBED_HEIGHT].
 * - `{ type: 'newsmap:place', place: 'matsu-islands' }`: the reader opened a place
 *   (`place: null` when they closed it); the id is a kebab-case slug.
 *
 * Threat model: any window can post anything to the host page. The host script accepts a
 * message only from the window of one of its marked iframes, with that iframe's origin, and
 * then only if `parseEmbedMessage` reads it as one of the shapes above. Neither the height nor
 * the place id is secret, so the embed may post them to any origin when it cannot tell its
 * parent's.
 */

export const HEIGHT_MESSAGE = 'newsmap:height';
export const PLACE_MESSAGE = 'newsmap:place';

/** Lower than this, the map is a sliver nobody can use. */
export const MIN_EMBED_HEIGHT = 120;
/** Higher than this, something is wrong (a runaway layout, a forged message). */
export const MAX_EMBED_HEIGHT = 4000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export interface PlaceMessage {
  type: typeof PLACE_MESSAGE;
  /** The opened place's id, or null when the reader closed it. */
  place: string | null;
}

export type EmbedMessage = HeightMessage | PlaceMessage;

// Captured once: a host page may replace globals after this script loads, and must not be
// able to change how messages are read by doing so.
const hasOwn = Object.hasOwn;
const isFinite = Number.isFinite;
const MAX_PLACE_ID = 100;

/** The height the embed asks for: its content height, rounded up and kept in range. */
export function clampEmbedHeight(contentHeight: number): number {
  if (!isFinite(contentHeight)) return MIN_EMBED_HEIGHT;
  return Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, Math.ceil(contentHeight)));
}

function ownValue(data: object, key: string): unknown {
  return hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined;
}

function isSlugCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** A kebab-case slug (`matsu-islands`), checked by hand so no RegExp method is relied on. */
function isPlaceId(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_PLACE_ID) return false;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    const hyphen = code === 0x2d;
    if (!isSlugCharacter(code) && !(hyphen && i > 0 && i < value.length - 1)) return false;
    if (hyphen && value.charCodeAt(i - 1) === 0x2d) return false;
  }
  return true;
}

/**
 * Reads a posted value as an embed message, or undefined when it is not exactly one. Only own
 * properties count (a polluted Object.prototype adds nothing); a height outside the range an
 * embed ever sends, or a place id that is not a slug (`__proto__`, `constructor`), is refused.
 */
export function parseEmbedMessage(data: unknown): EmbedMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const type = ownValue(data, 'type');
  if (type === HEIGHT_MESSAGE) {
    const height = ownValue(data, 'height');
    if (typeof height !== 'number' || !isFinite(height)) return undefined;
    if (height < MIN_EMBED_HEIGHT || height > MAX_EMBED_HEIGHT) return undefined;
    return { type, height };
  }
  if (type === PLACE_MESSAGE) {
    const place = ownValue(data, 'place');
    if (place !== null && !isPlaceId(place)) return undefined;
    return { type, place };
  }
  return undefined;
}
