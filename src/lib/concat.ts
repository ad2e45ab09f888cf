/** Typed arrays of one kind, one after another in a new one (`make` makes it, of a length). */
export function concat<T extends Float64Array | Int32Array | Uint8Array>(
  parts: readonly T[],
  make: (n: number) => T,
): T {
  const out = make(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
