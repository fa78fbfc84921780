import { escapeMarkup } from './escape-markup.js';

/** The shape an embed reserves before it loads: the compact viewer is laid out to fill it. */
export const EMBED_ASPECT_RATIO = { width: 4, height: 3 } as const;
export const DEFAULT_EMBED_WIDTH = 640;
export const DEFAULT_EMBED_HEIGHT =
  (DEFAULT_EMBED_WIDTH * EMBED_ASPECT_RATIO.height) / EMBED_ASPECT_RATIO.width;

/**
 * The iframe sandbox, as narrow as the map allows:
 * - `allow-scripts`: the map is drawn by JavaScript.
 * - `allow-same-origin`: keeps the embed's real origin, which the host script checks on every
 *   message (an opaque origin posts as "null" and could not be told from any other sandboxed
 *   frame) and which lets the embed read its own dataset without CORS. It is safe because the
 *   embed is served from newsmap's origin, never from the host page's.
 * - `allow-popups`: links in popups (the article's source, the map attribution) open in a new
 *   tab instead of doing nothing.
 * Left out on purpose: top navigation, forms, modals, downloads, pointer lock, presentation.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups';
export const EMBED_REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The iframe's title, what a screen reader announces for it. */
export function embedTitle(articleTitle: string): string {
  return `Map: ${articleTitle}`;
}

/** Where a newsmap site's embed page and host script are, as absolute URLs. */
export interface EmbedLinks {
  /** embed.html */
  embedPage: string;
  /** embed.js */
  hostScript: string;
}

export interface IframeSnippetOptions {
  /** Absolute URL of embed.html, with `#place=<id>` when the embed opens on a place. */
  embedUrl: string;
  /** What a screen reader announces for the frame. */
  title: string;
  /** Fixed pixel size (oEmbed); without it the iframe is fluid, 100% wide at 4:3. */
  size?: { width: number; height: number };
}

/**
 * One `<iframe>` element as HTML: lazy, sandboxed, with a reserved aspect ratio so that the
 * page does not jump when it loads, and marked for the host script to resize.
 */
export function iframeSnippet({ embedUrl, title, size }: IframeSnippetOptions): string {
  const { width, height } = size ?? { width: DEFAULT_EMBED_WIDTH, height: DEFAULT_EMBED_HEIGHT };
  const style =
    size === undefined
      ? `display:block;width:100%;height:auto;aspect-ratio:${EMBED_ASPECT_RATIO.width}/${EMBED_ASPECT_RATIO.height};border:0`
      : 'display:block;max-width:100%;border:0';
  const attributes: [string, string][] = [
    ['src', embedUrl],
    ['title', title],
    ['width', String(width)],
    ['height', String(height)],
    ['style', style],
    ['loading', 'lazy'],
    ['referrerpolicy', EMBED_REFERRER_POLICY],
    ['sandbox', EMBED_SANDBOX],
  ];
  const markup = attributes.map(([name, value]) => `${name}="${escapeMarkup(value)}"`).join(' ');
  return `<iframe ${markup} data-newsmap-embed></iframe>`;
}

export interface EmbedSnippetOptions extends IframeSnippetOptions {
  /** Absolute URL of the host script, dist/embed.js. */
  hostScriptUrl: string;
}

/** The snippet a newsroom pastes: the iframe and the host script that sizes it to its content. */
export function embedSnippet(options: EmbedSnippetOptions): string {
  return `${iframeSnippet(options)}\n<script async src="${escapeMarkup(options.hostScriptUrl)}"></script>`;
}

/** The embed page's URL for a view: `#place=<id>` opens that place. */
export function embedUrlFor(embedPage: URL | string, place: string | undefined): string {
  const url = new URL(embedPage);
  url.hash = place === undefined ? '' : `place=${encodeURIComponent(place)}`;
  return url.href;
}
