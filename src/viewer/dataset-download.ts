import type { DatasetReply } from './dataset-messages.js';

/** Why a dataset could not be downloaded. */
export type DatasetUnavailable = Extract<DatasetReply, { kind: 'unavailable' }>;

export function unavailable(error: unknown): DatasetUnavailable {
  return { kind: 'unavailable', message: error instanceof Error ? error.message : String(error) };
}

/**
 * The size of a compressed dataset's text, as this project's server declares it (any host
 * may): the Content-Length of a compressed response counts the bytes on the wire, a tenth of
 * a dataset's text, and the text's size is what sets how the viewer reads it.
 */
export const DECODED_LENGTH_HEADER = 'x-decoded-content-length';

/**
 * The size of the dataset's text as the response declares it, or NaN if it does not: a
 * compressed response without DECODED_LENGTH_HEADER, or one sent as it is compressed, without
 * a Content-Length.
 */
export function declaredTextBytes(response: Response): number {
  // A response with no coding names none: "identity" is for Accept-Encoding, not sent here.
  const encoded = response.headers.has('content-encoding');
  return Number(response.headers.get(encoded ? DECODED_LENGTH_HEADER : 'content-length') ?? NaN);
}

/** Starts a dataset's download: the response once the server has answered OK, or why not. */
export async function openDatasetResponse(
  url: string,
  signal?: AbortSignal,
): Promise<Response | DatasetUnavailable> {
  try {
    // The same request as the page's <link rel="preload" as="fetch" crossorigin>, so the
    // download the page began while it parsed is the one used.
    const response = await fetch(url, {
      credentials: 'same-origin',
      ...(signal === undefined ? {} : { signal }),
    });
    return response.ok
      ? response
      : { kind: 'unavailable', message: `the server answered ${response.status}` };
  } catch (error) {
    return unavailable(error);
  }
}

/** A body read as bytes, decoded as `Response.text()` would, or why it could not be read. */
export function decodeBody(bytes: Promise<ArrayBuffer>): Promise<string | DatasetUnavailable> {
  return bytes.then((read) => new TextDecoder().decode(read), unavailable);
}
