/**
 * A stream of the pieces `next` gives, until it gives null: a byte stream, as a download's
 * body and a file's stream are (read into its reader's buffers: see eachPiece), or, with
 * `bytes` false, a stream that gives pieces of its own.
 */
export function streamOf(
  next: () => Uint8Array | null,
  { bytes = true, cancel }: { bytes?: boolean; cancel?: () => void } = {},
): ReadableStream<Uint8Array> {
  if (!bytes)
    return new ReadableStream<Uint8Array>({
      pull(ctl) {
        const piece = next();
        if (piece) ctl.enqueue(piece);
        else ctl.close();
      },
      cancel,
    });
  const source: UnderlyingByteSource = {
    type: 'bytes',
    pull(ctl) {
      const piece = next();
      // (A byte stream takes the piece's buffer.)
      if (piece) return ctl.enqueue(piece.slice());
      ctl.close();
      ctl.byobRequest?.respond(0);
    },
    cancel,
  };
  return new ReadableStream(source);
}
