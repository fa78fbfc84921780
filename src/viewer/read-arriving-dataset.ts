import { createFeatureCollectionReader } from './feature-collection-reader.js';
import { SLICE_MS, yieldToPage } from './run-in-slices.js';

// Read between two looks at the clock: 2 to 4 ms of parsing and checking.
const PIECE_CHARACTERS = 256 * 1024;

/** A dataset read as it arrived: its value, or its whole text when it must be parsed at once. */
export type ArrivedDataset = { value: unknown; shapedPlaces: number } | { text: string };

/**
 * Checks the shape of each place as the download brings it, once `isPlaceShaped` (the
 * validator's chunk) is here, so that what is left to check when the whole dataset is is
 * mostly the rules that relate places to each other and to the article. Returns how many of
 * the first places passed: the first that fails ends the check, for the full pass names
 * every problem, in order.
 */
function placeShapeCheck(isPlaceShaped: Promise<(place: unknown) => boolean>) {
  let isShaped: ((place: unknown) => boolean) | undefined;
  isPlaceShaped.then(
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

/**
 * Reads a dataset's body as it arrives: parsed piece by piece (see feature-collection-reader.ts)
 * and its places' shapes checked meanwhile, in tasks of at most about a slice, so that a large
 * dataset never freezes the page while it loads. Rejects if the download fails.
 */
export async function readArrivingDataset(
  body: ReadableStream<Uint8Array>,
  isPlaceShaped: Promise<(place: unknown) => boolean>,
): Promise<ArrivedDataset> {
  const reader = createFeatureCollectionReader();
  const checkShapes = placeShapeCheck(isPlaceShaped);
  const decoder = new TextDecoder();
  const chunks = body.getReader();
  let sliceEnd = performance.now() + SLICE_MS;
  for (;;) {
    const chunk = await chunks.read();
    if (chunk.done) break;
    const text = decoder.decode(chunk.value, { stream: true });
    // A chunk can hold megabytes when the page was busy as it arrived; chunks that were waiting
    // are read one after another without a task between them. The page gets its turn once a
    // slice is spent.
    for (let at = 0; at < text.length; at += PIECE_CHARACTERS) {
      reader.push(text.slice(at, at + PIECE_CHARACTERS));
      checkShapes(reader.places);
      if (performance.now() > sliceEnd) {
        await yieldToPage();
        sliceEnd = performance.now() + SLICE_MS;
      }
    }
  }
  reader.push(decoder.decode());
  const read = reader.finish();
  if ('text' in read) return read;
  const { features } = read.value as { features?: unknown };
  // A text that names `features` twice has the later list as its places, which went unchecked.
  const shapedPlaces = features === reader.places ? checkShapes(reader.places) : 0;
  return { value: read.value, shapedPlaces };
}
