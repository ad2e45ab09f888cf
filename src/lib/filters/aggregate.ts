import type { Rows } from './filter-events';
import type { DatasetIndex } from '../dataset/indexes';
import { dayRange, monthIndex, monthKey } from '../dates/partial-date';
import type { Base } from '../dataset/schema';

export interface MonthBucket {
  month: string;
  /** Attacks (events, for an imported file) certainly in this month. */
  attacks: number;
  /**
   * Those whose date spans this month and others (a week across a month's end, a UCDP range):
   * possibly in this month, counted in each month they may fall in, never as certain.
   */
  possible: number;
  rockets: number;
  /** Attacks in this month whose rocket count the sources give. */
  rocketsKnown: number;
}

/** A date spanning more months than this is too vague to spread over them: it is "unplaced". */
const MAX_SPREAD = 24;

/** Whether a date from month m0 to month m1 can be placed in months (not year-only, not too vague). */
const placeable = (m0: number, m1: number) => m0 >= 0 && m1 - m0 < MAX_SPREAD;

/**
 * Attacks per month over a continuous span (months without attacks are zero). An event
 * counts `index.attacks` (for the curated record `figures.attacks`, 1 when not given). An
 * event whose date fits one month counts there as certain; one whose date spans several
 * months counts as possible in each; year-only ones cannot be placed in a month and are
 * counted in `unplaced`. Works on the index's typed arrays: it runs on every filter change.
 */
export function monthlyAttacks(
  index: DatasetIndex,
  rows: Rows,
  span: { first: string; last: string },
): { buckets: MonthBucket[]; unplaced: number } {
  const { month, monthLast, attacks, rockets } = index;
  let first = monthIndex(span.first);
  let last = monthIndex(span.last);
  // Counted in one pass over the rows, into months spanning every placed attack of the file;
  // the span of the rows passing the filters is cut out after.
  const all = placedSpan(index);
  const base = Math.min(first, all.first);
  const width = Math.max(last, all.last) - base + 1;
  const a = new Int32Array(width);
  const maybe = new Int32Array(width);
  const r = new Int32Array(width);
  const known = new Int32Array(width);
  let unplaced = 0;
  // Indexed, not for…of: over a million rows, a typed array's iterator took several times as
  // long, most of all in the first run, before the loop is optimised.
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j]!;
    const n = attacks[i]!;
    if (!n) continue;
    const m0 = month[i]!;
    const m1 = monthLast[i]!;
    if (!placeable(m0, m1)) {
      unplaced += n;
      continue;
    }
    if (m0 < first) first = m0;
    if (m1 > last) last = m1;
    if (m1 !== m0) {
      for (let m = m0 - base; m <= m1 - base; m++) maybe[m] = maybe[m]! + n;
      continue;
    }
    const k = m0 - base;
    a[k] = a[k]! + n;
    if (rockets[i]! >= 0) {
      r[k] = r[k]! + rockets[i]!;
      known[k] = known[k]! + 1;
    }
  }
  const size = Math.min(2000, last - first + 1);
  const at = first - base;
  const buckets = Array.from({ length: size }, (_, k) => ({
    month: monthKey(first + k),
    attacks: a[at + k]!,
    possible: maybe[at + k]!,
    rockets: r[at + k]!,
    rocketsKnown: known[at + k]!,
  }));
  return { buckets, unplaced };
}

const spans = new WeakMap<DatasetIndex, { first: number; last: number }>();

/** The first and last month of the placed attacks (of events counted) of a whole file. */
function placedSpan(index: DatasetIndex): { first: number; last: number } {
  let s = spans.get(index);
  if (s) return s;
  const { month, monthLast, attacks } = index;
  s = { first: Infinity, last: -Infinity };
  for (let i = 0; i < month.length; i++) {
    if (!attacks[i] || !placeable(month[i]!, monthLast[i]!)) continue;
    if (month[i]! < s.first) s.first = month[i]!;
    if (monthLast[i]! > s.last) s.last = monthLast[i]!;
  }
  spans.set(index, s);
  return s;
}

/** Number of events per governorate code. */
export function countByProvince(index: DatasetIndex, rows: Rows): Map<string, number> {
  const byCode = new Int32Array(index.codes.province.size + 1);
  const { provinceCode } = index;
  for (let k = 0; k < rows.length; k++) byCode[provinceCode[rows[k]!]! + 1]! += 1;
  const out = new Map<string, number>();
  for (const [p, c] of index.codes.province) if (byCode[c + 1]) out.set(p, byCode[c + 1]!);
  return out;
}

export type BaseStatus = 'present' | 'handedOver';

/** A base's status on a day: handed over once its handover date has begun by then. */
export function baseStatusAt(base: Base, day: number): BaseStatus {
  if (!base.handover) return 'present';
  return dayRange(base.handover.date)[0] <= day ? 'handedOver' : 'present';
}
