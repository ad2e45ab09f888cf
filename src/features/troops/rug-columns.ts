import type { Rows } from '../../lib/filters/filter-events';

/** Rows per day, in runs: each run's day and how many rows in a row have it. */
export interface DayRuns {
  days: Float64Array;
  counts: Int32Array;
}

/**
 * The rows whose first day lies in `domain`, as runs of one day. Rows come in date order, so
 * a run holds all of a day's rows and there are about as many runs as days: a pass over a
 * million rows (~30 ms) is made once per filter change, and the pixels are found from the
 * runs (see rugColumns), so a new scale (a switch to a right-to-left page, a resized chart)
 * does not go over the rows again.
 */
export function dayRuns(start: Float64Array, rows: Rows, domain: readonly [number, number]): DayRuns {
  const days: number[] = [];
  const counts: number[] = [];
  let day = NaN;
  let run = 0;
  for (let k = 0; k < rows.length; k++) {
    const d = start[rows[k]!]!;
    if (d < domain[0] || d > domain[1]) continue;
    if (d !== day) {
      if (run) {
        days.push(day);
        counts.push(run);
      }
      day = d;
      run = 0;
    }
    run++;
  }
  if (run) {
    days.push(day);
    counts.push(run);
  }
  return { days: Float64Array.from(days), counts: Int32Array.from(counts) };
}

/**
 * Events per pixel column of the time axis: each run's rows at `x(day)` rounded. A column's
 * runs in a row are added up before the map is updated (a map update per row cost as much
 * as the pass over them).
 */
export function rugColumns(
  { days, counts }: DayRuns,
  x: (day: number) => number | undefined,
): Map<number, number> {
  const columns = new Map<number, number>();
  let px = NaN;
  let n = 0;
  const flush = () => {
    if (n && Number.isFinite(px)) columns.set(px, (columns.get(px) ?? 0) + n);
    n = 0;
  };
  for (let k = 0; k < days.length; k++) {
    const next = Math.round(x(days[k]!) ?? NaN);
    if (next !== px) {
      flush();
      px = next;
    }
    n += counts[k]!;
  }
  flush();
  return columns;
}
