import { packStrings, type PackedStrings } from '../dataset/packed-strings';
import { firstAbove } from '../sorted';
import { atOnce, inSlices } from '../next-task';

/** Texts per chunk, as SearchText.of packs them. */
const CHUNK = 2_000;

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

  /** Texts packed here, in chunks of about the worker's size, so a scan can pause between them. */
  static of(strings: readonly string[]): SearchText {
    const parts: PackedStrings[] = [];
    for (let k = 0; k === 0 || k < strings.length; k += CHUNK)
      parts.push(packStrings(strings.slice(k, k + CHUNK)));
    return new SearchText(parts);
  }

  /**
   * Per event in file order: 1 when its text holds every word of `query` (already folded,
   * words separated by single spaces), as matchesQuery says of each text on its own.
   */
  matches(query: string): Uint8Array {
    return atOnce(this.scan(query));
  }

  /**
   * The same, found a few chunks at a time with input let through between them (a million
   * events' text is ~150 MB: one scan held the page ~0.2 s). Null when `stop` turned true
   * before the end.
   */
  matchesInSlices(query: string, stop: () => boolean): Promise<Uint8Array | null> {
    return inSlices(this.scan(query), stop);
  }

  /** The scan, chunk by chunk: yields after each, returns the matches. */
  private *scan(query: string): Generator<void, Uint8Array> {
    const encoder = new TextEncoder();
    const rarity = this.byteCounts();
    const words = [...new Set(query.split(' ').filter(Boolean))].map((w) => {
      const bytes = encoder.encode(w);
      // Looked for by its rarest byte in this text: fewer places to compare the rest at.
      let at = 0;
      for (let j = 1; j < bytes.length; j++) if (rarity[bytes[j]!]! < rarity[bytes[at]!]!) at = j;
      return { bytes, at };
    });
    const hits = new Uint16Array(this.length);
    let first = 0;
    for (const { bytes, ends } of this.parts) {
      for (const w of words) {
        for (let pos = find(bytes, w.bytes, w.at, 0); pos >= 0;) {
          // The event whose text holds byte `pos`: the first whose end is past it.
          const k = firstAbove(ends, pos);
          // A hit across two events' texts is in neither.
          if (pos + w.bytes.length <= ends[k]!) {
            hits[first + k]!++;
            // Once per event and word: go on from its end.
            pos = find(bytes, w.bytes, w.at, ends[k]!);
          } else pos = find(bytes, w.bytes, w.at, pos + 1);
        }
      }
      first += ends.length;
      yield;
    }
    const out = new Uint8Array(this.length);
    for (let f = 0; f < hits.length; f++) out[f] = hits[f] === words.length ? 1 : 0;
    return out;
  }

  private counts: Uint32Array | null = null;
  /** How often each byte value occurs, in a sample of the text (4 KB a chunk, 1 MB at most):
   * counting all of a million events' text took ~100 ms. */
  private byteCounts(): Uint32Array {
    if (!this.counts) {
      const counts = new Uint32Array(256);
      let left = 1 << 20;
      for (const { bytes } of this.parts) {
        const n = Math.min(bytes.length, 1 << 12, left);
        for (let i = 0; i < n; i++) counts[bytes[i]!]!++;
        if ((left -= n) === 0) break;
      }
      this.counts = counts;
    }
    return this.counts;
  }
}

/** Where `needle` first occurs in `bytes` from `from` on, or -1: its byte at `at` is found
 * natively (indexOf), the rest compared here. */
function find(bytes: Uint8Array, needle: Uint8Array, at: number, from: number): number {
  const key = needle[at]!;
  const last = bytes.length - needle.length;
  for (let i = bytes.indexOf(key, from + at); i >= 0 && i - at <= last; i = bytes.indexOf(key, i + 1)) {
    const start = i - at;
    let j = 0;
    while (j < needle.length && bytes[start + j] === needle[j]) j++;
    if (j === needle.length) return start;
  }
  return -1;
}
