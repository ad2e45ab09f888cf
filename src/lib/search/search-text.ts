import { packStrings, type PackedStrings } from '../dataset/packed-strings';
import { firstAbove } from '../sorted';

/**
 * The folded search text of a dataset's events, in file order, held as the worker sent it:
 * UTF-8 bytes, a chunk of events at a time. A query is found in the bytes (UTF-8 is searched
 * safely byte by byte: a character's bytes never match inside another's) and each hit is
 * placed in its event. At a million events, splitting the text into a string an event held
 * the page ~3 s on the first search, and decoding it to strings ~1.6 s.
 */
export class SearchText {
  readonly length: number;

  constructor(private readonly parts: readonly PackedStrings[]) {
    this.length = parts.reduce((n, p) => n + p.ends.length, 0);
  }

  static of(strings: readonly string[]): SearchText {
    return new SearchText([packStrings(strings)]);
  }

  /**
   * Per event in file order: 1 when its text holds every word of `query` (already folded,
   * words separated by single spaces), as matchesQuery says of each text on its own.
   */
  matches(query: string): Uint8Array {
    const encoder = new TextEncoder();
    const words = [...new Set(query.split(' ').filter(Boolean))].map((w) => encoder.encode(w));
    const hits = new Uint16Array(this.length);
    let first = 0;
    for (const { bytes, ends } of this.parts) {
      for (const w of words) {
        for (let pos = find(bytes, w, 0); pos >= 0;) {
          // The event whose text holds byte `pos`: the first whose end is past it.
          const k = firstAbove(ends, pos);
          // A hit across two events' texts is in neither.
          if (pos + w.length <= ends[k]!) {
            hits[first + k]!++;
            // Once per event and word: go on from its end.
            pos = find(bytes, w, ends[k]!);
          } else pos = find(bytes, w, pos + 1);
        }
      }
      first += ends.length;
    }
    const out = new Uint8Array(this.length);
    for (let f = 0; f < hits.length; f++) out[f] = hits[f] === words.length ? 1 : 0;
    return out;
  }
}

/** Where `needle` first occurs in `bytes` from `from` on, or -1: its first byte is found
 * natively (indexOf), the rest compared here. */
function find(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  const last = bytes.length - needle.length;
  for (let i = bytes.indexOf(first, from); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
