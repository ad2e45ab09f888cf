/** Binary searches over rising arrays (typed columns, offsets, chunk starts). */

/** The first index in [from, to) of a rising array whose value is at least `v` (`to` if none). */
export const firstAtLeast = (values: ArrayLike<number>, v: number, from = 0, to = values.length): number =>
  bisect(values, (x) => x < v, from, to);

/** The first index in [from, to) of a rising array whose value is above `v` (`to` if none). */
export const firstAbove = (values: ArrayLike<number>, v: number, from = 0, to = values.length): number =>
  bisect(values, (x) => x <= v, from, to);

/** The first index in [from, to) whose value is not `before` (`to` if none). */
function bisect(values: ArrayLike<number>, before: (x: number) => boolean, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(values[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A stably sorted copy of `items`, made in steps: it pauses (yields) every few thousand
 * comparisons, so a caller can spread a long sort over several tasks (see prepareSort).
 * Runs of 1,024 are sorted natively, then merged in pairs.
 */
export function* sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Generator<void, T[]> {
  let runs: T[][] = [];
  for (let i = 0; i < items.length; i += 1_024) {
    runs.push(items.slice(i, i + 1_024).sort(compare));
    yield;
  }
  let compared = 0;
  while (runs.length > 1) {
    const next: T[][] = [];
    for (let k = 0; k < runs.length; k += 2) {
      const a = runs[k]!;
      const b = runs[k + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const out = new Array<T>(a.length + b.length);
      let i = 0;
      let j = 0;
      let o = 0;
      // On a tie the earlier run's item first: stable.
      while (i < a.length && j < b.length) {
        out[o++] = compare(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!;
        if (++compared % 4_096 === 0) yield;
      }
      while (i < a.length) out[o++] = a[i++]!;
      while (j < b.length) out[o++] = b[j++]!;
      next.push(out);
    }
    runs = next;
  }
  return runs[0] ?? [];
}
