import type { DatasetReply } from './dataset-messages.js';

/** Why a dataset could not be downloaded. */
export type DatasetUnavailable = Extract<DatasetReply, { kind: 'unavailable' }>;

export function unavailable(error: unknown): DatasetUnavailable {
  return { kind: 'unavailable', message: error instanceof Error ? error.message : String(error) };
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
