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
