import { describe, expect, test } from 'vitest';
import { readBodyOfSize } from '../../../src/viewer/read-large-dataset.js';

/** A response whose body arrives in chunks of `size` bytes, as a download does. */
function arrivingResponse(bytes: Uint8Array, size: number): Response {
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) controller.close();
      else controller.enqueue(bytes.slice(at, (at += size)));
    },
  });
  return new Response(body);
}

/** Bytes that differ from one position to the next, so that a misplaced chunk shows. */
const countingBytes = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 7 + 3) % 251);

describe('a large body read into a buffer of its declared size', () => {
  test('gives the bytes that arrived, in order, when the size was declared right', async () => {
    const bytes = countingBytes(100_003);
    const read = await readBodyOfSize(arrivingResponse(bytes, 4_096), bytes.length);
    expect(new Uint8Array(read)).toEqual(bytes);
  });

  test('reads a body longer than it declared whole', async () => {
    const bytes = countingBytes(50_000);
    const read = await readBodyOfSize(arrivingResponse(bytes, 3_000), 7_000);
    expect(read.byteLength).toBe(50_000);
    expect(new Uint8Array(read)).toEqual(bytes);
  });

  test('gives a body shorter than it declared at its own length', async () => {
    const bytes = countingBytes(10_000);
    const read = await readBodyOfSize(arrivingResponse(bytes, 1_024), 1_000_000);
    expect(read.byteLength).toBe(10_000);
    expect(new Uint8Array(read)).toEqual(bytes);
  });

  test('reads the body even when the declared size is one no buffer can hold', async () => {
    const bytes = countingBytes(5_000);
    for (const size of [Number.MAX_SAFE_INTEGER, Infinity]) {
      const read = await readBodyOfSize(arrivingResponse(bytes, 512), size);
      expect(new Uint8Array(read)).toEqual(bytes);
    }
  });

  test('reads no body as no bytes', async () => {
    expect((await readBodyOfSize(new Response(null), 70_000_000)).byteLength).toBe(0);
  });

  test('rejects when the download fails', async () => {
    const failing = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(countingBytes(10));
        controller.error(new TypeError('network error'));
      },
    });
    await expect(readBodyOfSize(new Response(failing), 100)).rejects.toThrow('network error');
  });
});
