import { createFeatureCollectionReader } from './feature-collection-reader.js';
import { SLICE_MS, yieldToPage } from './run-in-slices.js';

// Read between two looks at the clock: under a millisecond of parsing and checking. Small
// enough that the strings each piece makes (the text kept for the next, each batch of places)
// are young garbage, under V8's 128 KB for an ordinary object even at two bytes a character:
// larger ones are garbage only a full collection frees, and at 1,000,000 places those came
// after the first paint.
const PIECE_CHARACTERS = 32 * 1024;

/** A dataset read as it arrived: its value, or its whole text when it must be parsed at once. */
export type ArrivedDataset = { value: unknown; shapedPlaces: number } | { text: string };

/**
 * Checks the shape of each place as the download brings it, once `isPlaceShaped` (the
 * validator's chunk) is here, so that what is left to check once the whole dataset is here
 * is mostly the rules that relate places to each other and to the article. Returns how many of
 * the first places passed: the first that fails ends the check, for the full pass names
 * every problem, in order. Without `isPlaceShaped`, it vouches for none.
 */
function placeShapeCheck(isPlaceShaped: Promise<(place: unknown) => boolean> | undefined) {
  let isShaped: ((place: unknown) => boolean) | undefined;
  isPlaceShaped?.then(
    (check) => (isShaped = check),
    () => undefined,
  );
  let shaped = 0;
  let failed = false;
  return (places: readonly unknown[]): number => {
    if (isShaped === undefined) return shaped;
    while (!failed && shaped < places.length) {
      if (isShaped(places[shaped])) shaped += 1;
      else failed = true;
    }
    return shaped;
  };
}

// Decoded in one go at most: 3 to 4 ms. A body already here (read whole because its size was
// not known before) comes as one chunk of up to 64 MB, whose decoding alone took 0.1 to 0.2 s.
const DECODE_BYTES = 1024 * 1024;

/**
 * A response's text, decoded as it arrives, a megabyte at a time at most. Rejects if the
 * download fails.
 */
export async function* arrivingText(response: Response): AsyncGenerator<string> {
  if (response.body === null) return;
  const decoder = new TextDecoder();
  const chunks = response.body.getReader();
  for (;;) {
    const chunk = await chunks.read();
    if (chunk.done) break;
    for (let at = 0; at < chunk.value.length; at += DECODE_BYTES)
      yield decoder.decode(chunk.value.subarray(at, at + DECODE_BYTES), { stream: true });
  }
  yield decoder.decode();
}

/**
 * Reads a dataset's text piece by piece (see feature-collection-reader.ts), as a download
 * brings it or from a text already here, its places' shapes checked meanwhile when
 * `isPlaceShaped` is given, in tasks of at most about a slice: a large dataset never freezes
 * the page while it is read. `onPlaces` is shown the places read so far at the end of each
 * slice and once all are read, and may replace any of them with an equal value.
 */
export async function readDatasetInPieces(
  texts: AsyncIterable<string> | Iterable<string>,
  isPlaceShaped?: Promise<(place: unknown) => boolean>,
  onPlaces?: (places: unknown[]) => void,
): Promise<ArrivedDataset> {
  const reader = createFeatureCollectionReader();
  const checkShapes = placeShapeCheck(isPlaceShaped);
  let sliceEnd = performance.now() + SLICE_MS;
  for await (const text of texts) {
    // A chunk can hold megabytes when the page was busy as it arrived; chunks that were waiting
    // are read one after another without a task between them. The page gets its turn once a
    // slice is spent.
    for (let at = 0; at < text.length; at += PIECE_CHARACTERS) {
      reader.push(text.slice(at, at + PIECE_CHARACTERS));
      checkShapes(reader.places);
      if (performance.now() > sliceEnd) {
        onPlaces?.(reader.places);
        await yieldToPage();
        sliceEnd = performance.now() + SLICE_MS;
      }
    }
  }
  onPlaces?.(reader.places);
  const read = reader.finish();
  if ('text' in read) return read;
  const { features } = read.value as { features?: unknown };
  // A text that names `features` twice has the later list as its places, which went unchecked.
  const shapedPlaces = features === reader.places ? checkShapes(reader.places) : 0;
  return { value: read.value, shapedPlaces };
}
