/**
 * A list of strings as UTF-8 bytes and their lengths (in UTF-16 code units), for a list too
 * large to copy: a buffer is transferred between threads for free. Each chunk's search text
 * travels with the chunk and is decoded on the page when first needed. Encoding the whole list
 * at the end, a code unit at a time, kept the worker busy ~3 s past a million-row load.
 */
export interface PackedStrings {
  bytes: Uint8Array;
  lengths: Int32Array;
}

export function packStrings(strings: readonly string[]): PackedStrings {
  const lengths = new Int32Array(strings.length);
  for (let i = 0; i < strings.length; i++) lengths[i] = strings[i]!.length;
  return { bytes: new TextEncoder().encode(strings.join('')), lengths };
}

/** The strings of packed parts, in order. */
export function unpackStrings(parts: readonly PackedStrings[]): string[] {
  const out: string[] = [];
  const decoder = new TextDecoder();
  for (const { bytes, lengths } of parts) {
    const text = decoder.decode(bytes);
    let at = 0;
    for (let i = 0; i < lengths.length; i++) out.push(text.slice(at, (at += lengths[i]!)));
  }
  return out;
}
