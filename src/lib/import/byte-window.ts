/**
 * A file's bytes as they arrive, from the first still wanted to the last that came, in one
 * buffer used again and again (see splitCsvStream). Joining each piece to the row it cut, and
 * gathering each chunk from the pieces it spans, made and copied two arrays a piece: a
 * million-row export arrives in ~5,000 pieces.
 */
export class ByteWindow {
  private buf: Uint8Array;
  /** The file's place of buf[0]. */
  private base = 0;
  private filled = 0;

  constructor(size = 1 << 23) {
    this.buf = new Uint8Array(size);
  }

  /** The file's place just past the last byte that came. */
  get end(): number {
    return this.base + this.filled;
  }

  /** Adds a piece, letting go of the bytes before `keep` (a place in the file) if need be. */
  add(piece: Uint8Array, keep: number): void {
    if (this.filled + piece.length > this.buf.length) {
      const from = keep - this.base;
      const live = this.filled - from;
      // Grown only when what is kept would fill half the buffer: moved within it otherwise.
      if (2 * (live + piece.length) > this.buf.length) {
        const more = new Uint8Array(2 * (live + piece.length));
        more.set(this.buf.subarray(from, this.filled));
        this.buf = more;
      } else this.buf.copyWithin(0, from, this.filled);
      this.base = keep;
      this.filled = live;
    }
    this.buf.set(piece, this.filled);
    this.filled += piece.length;
  }

  /** The bytes from place `from` to the last that came, as a view (valid until the next add). */
  from(from: number): Uint8Array {
    return this.buf.subarray(from - this.base, this.filled);
  }

  /**
   * The bytes between two places, copied into a buffer of their own (to transfer): the first
   * bytes of `into`, if it is given and large enough, else of a new buffer with room to spare,
   * so that it can take a longer stretch when it comes back as `into`.
   */
  copy(from: number, to: number, into?: ArrayBuffer): Uint8Array {
    const n = to - from;
    const out =
      into && into.byteLength >= n ? new Uint8Array(into, 0, n) : new Uint8Array(Math.ceil(n * 1.25));
    out.set(this.buf.subarray(from - this.base, to - this.base));
    return out.byteLength === n ? out : out.subarray(0, n);
  }
}
