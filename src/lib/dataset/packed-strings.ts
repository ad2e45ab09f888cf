/**
 * A list of strings as UTF-8 bytes and where each ends in them, for a list too large to copy:
 * a buffer is transferred between threads for free. Each chunk's search text travels with the
 * chunk, and is searched as bytes (see SearchText): never decoded, never one string an event.
 * Encoding the whole list at the end, a code unit at a time, kept the worker busy ~3 s past a
 * million-row load, and decoding it on the page took ~1.6 s.
 */
export interface PackedStrings {
  bytes: Uint8Array;
  /** Per string, the offset in `bytes` where it ends. */
  ends: Int32Array;
}

export function packStrings(strings: readonly string[]): PackedStrings {
  const encoder = new TextEncoder();
  let units = 0;
  for (const s of strings) units += s.length;
  // A UTF-16 code unit takes at most three bytes in UTF-8.
  const buffer = new Uint8Array(units * 3);
  const ends = new Int32Array(strings.length);
  let at = 0;
  for (let i = 0; i < strings.length; i++) {
    at += encoder.encodeInto(strings[i]!, buffer.subarray(at)).written;
    ends[i] = at;
  }
  return { bytes: buffer.slice(0, at), ends };
}
