/**
 * The attack chart's rows and series across layers: bars for the main dataset (attacks, or
 * events for an imported file, and rockets) and for each other event layer; lines for count
 * layers (ACLED's weekly counts). Every layer counts events on one axis; only rockets, another
 * unit, have a second one. Pure, for unit tests.
 */
import type { MonthBucket } from '../../lib/filters/aggregate';
import type { MonthCounts } from '../../lib/dataset/counts';
import { monthIndex, monthKey } from '../../lib/dates/partial-date';

export type ChartRow = { month: string } & Record<string, number | string>;

export interface BarSeries {
  /** The row field drawn, and the one stacked on it as "possibly in this month". */
  key: string;
  possibleKey?: string;
  axis: 'attacks' | 'rockets';
  color: string;
}

export interface LineSeries {
  /** Weeks wholly in the month, and (dashed) with the weeks that straddle it added. */
  key: string;
  upperKey: string;
  color: string;
}

export type LayerMonths =
  | { slot: number; kind: 'events'; buckets: readonly MonthBucket[] }
  | { slot: number; kind: 'counts'; months: ReadonlyMap<number, MonthCounts> };

/** Field names per layer slot: no layer's name or path ever becomes a field (dots are paths). */
export const fieldsOf = (slot: number) => ({
  events: `e${slot}`,
  possible: `e${slot}p`,
  counts: `c${slot}`,
  upper: `c${slot}u`,
});

/** At most this many months: a stray date decades off must not make a chart of thousands. */
const MAX_MONTHS = 2000;

/**
 * One row per month over every layer's span, continuous; `main` keeps its own fields
 * (attacks, possible, rockets, rocketsKnown), zero where absent.
 */
export function layerRows(main: readonly MonthBucket[] | null, layers: readonly LayerMonths[]): ChartRow[] {
  let first = Infinity;
  let last = -Infinity;
  const widen = (m: number) => {
    if (m < first) first = m;
    if (m > last) last = m;
  };
  for (const b of main ?? []) widen(monthIndex(b.month));
  for (const l of layers) {
    if (l.kind === 'events') l.buckets.forEach((b) => widen(monthIndex(b.month)));
    else for (const m of l.months.keys()) widen(m);
  }
  if (first > last) return [];
  const size = Math.min(MAX_MONTHS, last - first + 1);
  const rows: ChartRow[] = Array.from({ length: size }, (_, k) => ({
    month: monthKey(first + k),
    attacks: 0,
    possible: 0,
    rockets: 0,
    rocketsKnown: 0,
  }));
  const at = (month: string) => rows[monthIndex(month) - first];
  for (const b of main ?? []) {
    const r = at(b.month);
    if (r) Object.assign(r, b);
  }
  for (const l of layers) {
    const f = fieldsOf(l.slot);
    if (l.kind === 'events') {
      rows.forEach((r) => Object.assign(r, { [f.events]: 0, [f.possible]: 0 }));
      for (const b of l.buckets) {
        const r = at(b.month);
        if (r) Object.assign(r, { [f.events]: b.attacks, [f.possible]: b.possible });
      }
    } else
      rows.forEach((r, k) => {
        const c = l.months.get(first + k);
        Object.assign(r, { [f.counts]: c?.certain ?? 0, [f.upper]: (c?.certain ?? 0) + (c?.possible ?? 0) });
      });
  }
  return rows;
}
