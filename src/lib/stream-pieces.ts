/** How many bytes a read of a byte stream asks for at most. */
export const PIECE_BYTES = 1 << 18;

/** What takes each piece: false stops the reading; a promise holds the next read until it settles. */
export type TakePiece = (piece: Uint8Array) => boolean | void | Promise<boolean | void>;

/**
 * Reads a stream of bytes into `take`, piece by piece, in order. A byte stream (a download's
 * body, a file's stream) is read into one buffer, used again at each read ("bring your own
 * buffer"); any other stream gives its own pieces. So a piece is good only until `take` has
 * returned (or its promise settled): the next read takes its buffer back, and it is then empty.
 * `take` copies what it keeps. Returning false cancels the stream.
 *
 * Why one buffer: on these machines each page of fresh memory costs a page fault, ~15 µs
 * (measured: a fresh 330 KB buffer a time, 300 MB took 0.9–1.4 s; one buffer again, 4 ms),
 * and a buffer of its own for each piece of a download is fresh memory. Only reading a 331 MB
 * export in a worker took ~167,000 page faults and 2.5 s so; into one buffer, ~87,000 and
 * 1.4 s.
 */
export async function eachPiece(body: ReadableStream<Uint8Array>, take: TakePiece): Promise<void> {
  const byob = byobReader(body);
  if (byob) {
    let buffer = new ArrayBuffer(PIECE_BYTES);
    for (;;) {
      const { done, value } = await byob.read(new Uint8Array(buffer));
      if (done) return;
      if ((await take(value)) === false) return void byob.cancel().catch(() => {});
      buffer = value.buffer as ArrayBuffer;
    }
  }
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    if ((await take(value)) === false) return void reader.cancel().catch(() => {});
  }
}

/** A reader that fills buffers given to it, or null for a stream that is not of bytes. */
function byobReader(body: ReadableStream<Uint8Array>): ReadableStreamBYOBReader | null {
  try {
    return body.getReader({ mode: 'byob' });
  } catch {
    return null;
  }
}

/**
 * `body`, counted as it is read: `check` is given the bytes read so far after each piece, and
 * an error it returns ends the stream with that error. A byte stream stays one, passing each
 * reader's buffer on to `body`'s own reads (see eachPiece); any other is counted through a
 * transform.
 */
export function counted(
  body: ReadableStream<Uint8Array>,
  check: (bytes: number) => Error | null,
): ReadableStream<Uint8Array> {
  let bytes = 0;
  const inner = byobReader(body);
  if (!inner)
    return body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(piece, ctl) {
          const error = check((bytes += piece.byteLength));
          if (error) ctl.error(error);
          else ctl.enqueue(piece);
        },
      }),
    );
  const source: UnderlyingByteSource = {
    type: 'bytes',
    // What a reader without buffers of its own (a default reader) is given.
    autoAllocateChunkSize: PIECE_BYTES,
    async pull(controller) {
      const request = controller.byobRequest!;
      const view = request.view!;
      const { done, value } = await inner.read(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
      if (done) {
        controller.close();
        // The reader's buffer goes back to it empty, which ends its read.
        if (value) request.respondWithNewView(value);
        return;
      }
      const error = check((bytes += value.byteLength));
      if (error) {
        controller.error(error);
        void inner.cancel(error).catch(() => {});
      } else request.respondWithNewView(value);
    },
    cancel: (reason) => inner.cancel(reason),
  };
  return new ReadableStream(source);
}
