import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { arrivingText, readDatasetInPieces } from '../../../src/viewer/read-arriving-dataset.js';
import { isPlaceShaped } from '../../../src/schema/dataset-checks.js';
import { buildSyntheticDataset } from '../../../bench/generate-dataset.js';

/** A body that arrives in pieces of `size` bytes, as a download does. */
function bodyOf(text: string, size = 4096): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) controller.close();
      else controller.enqueue(bytes.slice(at, (at += size)));
    },
  });
}

const PLACES = buildSyntheticDataset(3_000, 8);

/** A download read as the page reads one of 8 MiB or more. */
const readArrivingDataset = (
  body: ReadableStream<Uint8Array>,
  isShaped: Promise<(place: unknown) => boolean>,
) => readDatasetInPieces(arrivingText(new Response(body)), isShaped);

describe('reading a dataset as it arrives', () => {
  test('gives the value JSON.parse gives, every place found well-shaped on the way', async () => {
    const text = JSON.stringify(PLACES);
    const read = await readArrivingDataset(bodyOf(text), Promise.resolve(isPlaceShaped));
    expect(read).toEqual({ value: JSON.parse(text), shapedPlaces: 3_000 });
  });

  test('decodes characters cut between two pieces', async () => {
    const text = readFileSync('data/blinken-beijing-talks-2023.geojson', 'utf8');
    // Dashes and curly apostrophes: three bytes each in UTF-8, cut by pieces of seven.
    expect(text).toMatch(/[–’]/);
    const read = await readArrivingDataset(bodyOf(text, 7), Promise.resolve(isPlaceShaped));
    expect('value' in read && read.value).toEqual(JSON.parse(text));
  });

  test('counts the well-shaped places only up to the first that is not', async () => {
    const value = structuredClone(PLACES);
    const bad = value.features[1_234];
    if (bad === undefined) throw new Error('no place 1234');
    (bad.properties as { kind: string }).kind = 'volcano';
    const read = await readArrivingDataset(
      bodyOf(JSON.stringify(value)),
      Promise.resolve(isPlaceShaped),
    );
    expect('value' in read && read.shapedPlaces).toBe(1_234);
  });

  test('vouches for no place when the text names its features twice, the later list being the one kept', async () => {
    const text = JSON.stringify(PLACES).replace(/}$/, ',"features":[]}');
    const read = await readArrivingDataset(bodyOf(text), Promise.resolve(isPlaceShaped));
    expect(read).toEqual({ value: JSON.parse(text), shapedPlaces: 0 });
  });

  test('vouches for no place when the validator never arrives', async () => {
    const read = await readArrivingDataset(
      bodyOf(JSON.stringify(PLACES)),
      Promise.reject(new Error('chunk failed')),
    );
    expect('value' in read && read.shapedPlaces).toBe(0);
  });

  test('hands back the whole text of a download that is no JSON', async () => {
    const text = JSON.stringify(PLACES).slice(0, -10);
    expect(await readArrivingDataset(bodyOf(text), Promise.resolve(isPlaceShaped))).toEqual({
      text,
    });
  });

  test("reads a text already here in pieces of the page's time, vouching for no place unchecked", async () => {
    const text = JSON.stringify(buildSyntheticDataset(20_000, 8));
    expect(text.length).toBeGreaterThan(4 * 256 * 1024);
    expect(await readDatasetInPieces([text])).toEqual({ value: JSON.parse(text), shapedPlaces: 0 });
  });

  test('decodes a body that came whole, as one chunk, a megabyte at a time', async () => {
    const text = JSON.stringify(buildSyntheticDataset(8_000, 8));
    expect(text.length).toBeGreaterThan(3 * 1024 * 1024);
    const bytes = new TextEncoder().encode(text);
    const pieces: string[] = [];
    for await (const piece of arrivingText(new Response(bodyOf(text, bytes.length))))
      pieces.push(piece);
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(1024 * 1024);
    expect(pieces.join('')).toBe(text);
  });

  test('reads a response without a body as an empty text', async () => {
    expect(await readDatasetInPieces(arrivingText(new Response(null)))).toEqual({ text: '' });
  });

  test('rejects when the download fails', async () => {
    const failing = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"features":['));
        controller.error(new TypeError('network error'));
      },
    });
    await expect(readArrivingDataset(failing, Promise.resolve(isPlaceShaped))).rejects.toThrow(
      'network error',
    );
  });
});
