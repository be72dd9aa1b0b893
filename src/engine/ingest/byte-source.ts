/**
 * Bytes to read: a browser `File.stream()` / any `ReadableStream`, or an async iterable of chunks
 * (a Node read stream, a test's generator).
 */
export type ByteSource = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

function isReadableStream(source: ByteSource): source is ReadableStream<Uint8Array> {
  return typeof (source as ReadableStream<Uint8Array>).getReader === 'function';
}

/**
 * The chunks of a byte source, in order, as one async iterable. A `ReadableStream` is read with a
 * reader (Safari's streams are not async iterable) and cancelled when the consumer stops early.
 * @example for await (const chunk of byteChunks(file.stream())) total += chunk.length;
 */
export async function* byteChunks(source: ByteSource): AsyncGenerator<Uint8Array, void, undefined> {
  if (!isReadableStream(source)) {
    yield* source;
    return;
  }
  const reader = source.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
