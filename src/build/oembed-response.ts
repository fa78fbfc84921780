import { DEFAULT_EMBED_WIDTH, EMBED_ASPECT_RATIO, iframeSnippet } from '../embed/embed-snippet.js';

/** An oEmbed 1.0 response of type "rich" (https://oembed.com/, section 2.3.4). */
export interface OEmbedResponse {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export interface OEmbedRequest {
  /** Absolute URL of embed.html for the view asked for. */
  embedUrl: string;
  title: string;
  providerName: string;
  providerUrl: string;
  /** The consumer's `maxwidth` and `maxheight` query parameters, when it sent them. */
  maxwidth?: number;
  maxheight?: number;
  thumbnail?: { url: string; width: number; height: number };
}

function limit(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0
    ? Math.floor(value)
    : Number.POSITIVE_INFINITY;
}

/**
 * The size an embed takes within the consumer's limits: the default 640 x 480, shrunk at 4:3
 * until it fits both `maxwidth` and `maxheight` (oEmbed: the response MUST NOT exceed them).
 * `embedSize({ maxwidth: 400 })` is 400 x 300; `embedSize({ maxheight: 240 })` is 320 x 240.
 */
export function embedSize({ maxwidth, maxheight }: { maxwidth?: number; maxheight?: number }): {
  width: number;
  height: number;
} {
  const maxWidth = limit(maxwidth);
  const maxHeight = limit(maxheight);
  const { width: ratioWidth, height: ratioHeight } = EMBED_ASPECT_RATIO;
  const width = Math.min(DEFAULT_EMBED_WIDTH, maxWidth);
  const height = Math.floor((width * ratioHeight) / ratioWidth);
  if (height <= maxHeight) return { width, height };
  return { width: Math.floor((maxHeight * ratioWidth) / ratioHeight), height: maxHeight };
}

/**
 * The oEmbed document for an embed: one `<iframe>` (no script, which CMSs strip) sized by
 * `embedSize`. A server answering `/oembed?url=...&maxwidth=...` passes the limits here; the
 * static build writes the default, dist/oembed.json.
 */
export function oembedResponse(request: OEmbedRequest): OEmbedResponse {
  const size = embedSize(request);
  const response: OEmbedResponse = {
    type: 'rich',
    version: '1.0',
    title: request.title,
    provider_name: request.providerName,
    provider_url: request.providerUrl,
    html: iframeSnippet({ embedUrl: request.embedUrl, title: request.title, size }),
    ...size,
  };
  const { thumbnail } = request;
  if (thumbnail === undefined) return response;
  // oEmbed: a thumbnail must also respect maxwidth and maxheight, or be left out.
  if (thumbnail.width > limit(request.maxwidth) || thumbnail.height > limit(request.maxheight))
    return response;
  return {
    ...response,
    thumbnail_url: thumbnail.url,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
  };
}
