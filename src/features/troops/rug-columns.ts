import type { Rows } from '../../lib/filters/filter-events';

/**
 * Events per pixel column of the time axis: the rows whose first day lies in `domain`, by
 * `x(day)` rounded. Rows come in date order, so the scale is asked once per day, not once
 * per event (at a million rows, a call per row cost ~100 ms on every filter change), and the
 * rows of one column are counted in a run and added to the map once the run ends (a map
 * update per row cost as much again).
 */
export function rugColumns(
  start: Float64Array,
  rows: Rows,
  domain: readonly [number, number],
  x: (day: number) => number | undefined,
): Map<number, number> {
  const columns = new Map<number, number>();
  let day = NaN;
  let px = NaN;
  let run = 0;
  const flush = () => {
    if (run && Number.isFinite(px)) columns.set(px, (columns.get(px) ?? 0) + run);
    run = 0;
  };
  for (let k = 0; k < rows.length; k++) {
    const d = start[rows[k]!]!;
    if (d < domain[0] || d > domain[1]) continue;
    if (d !== day) {
      day = d;
      const next = Math.round(x(d) ?? NaN);
      if (next !== px) {
        flush();
        px = next;
      }
    }
    run++;
  }
  flush();
  return columns;
}
