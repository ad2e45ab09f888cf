import type { Rows } from './filter-events';
import type { DatasetIndex } from '../dataset/indexes';
import { dayRange, monthIndex, monthKey } from '../dates/partial-date';
import { tallyMonths, type MonthTally } from '../dataset/month-tally';
import type { Base, TroopLevel } from '../dataset/schema';

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

/**
 * The attacks per month of `rows` (see MonthTally). Over every event, the tally made with the
 * index is read (at a million events, counting them took 25–100 ms of the chart's first render).
 */
export const tallyRows = (index: DatasetIndex, rows: Rows): MonthTally =>
  rows === index.all ? index.months : tallyMonths(index, rows, index.months);

/**
 * A tally's attacks per month over a continuous span (months without attacks are zero). The
 * span reaches at least from `span.first` to `span.last`, and further to take in every placed
 * attack of the tally.
 */
export function monthlyBuckets(
  t: MonthTally,
  span: { first: string; last: string },
): { buckets: MonthBucket[]; unplaced: number } {
  const first = Math.min(monthIndex(span.first), t.first);
  const last = Math.max(monthIndex(span.last), t.last);
  const size = Math.min(2000, last - first + 1);
  const slot = (col: Int32Array, k: number) => col[first + k - t.base] ?? 0;
  const buckets = Array.from({ length: size }, (_, k) => ({
    month: monthKey(first + k),
    attacks: slot(t.attacks, k),
    possible: slot(t.possible, k),
    rockets: slot(t.rockets, k),
    rocketsKnown: slot(t.rocketsKnown, k),
  }));
  return { buckets, unplaced: t.unplaced };
}

/** Number of events per governorate code. */
export function countByProvince(index: DatasetIndex, rows: Rows): Map<string, number> {
  const byCode = new Int32Array(index.codes.province.size + 1);
  if (rows === index.all) {
    // Every event: the postings have counted them (a value's events are one run of them).
    const { offsets } = index.postings.province;
    for (let c = 0; c < byCode.length; c++) byCode[c] = offsets[c + 1]! - offsets[c]!;
  } else {
    const { provinceCode } = index;
    for (let k = 0; k < rows.length; k++) byCode[provinceCode[rows[k]!]! + 1]! += 1;
  }
  const out = new Map<string, number>();
  for (const [p, c] of index.codes.province) if (byCode[c + 1]) out.set(p, byCode[c + 1]!);
  return out;
}

export type BaseStatus = 'present' | 'handedOver' | 'unknown';

/**
 * The date from which the record gives its bases a status: its first troop figure (December
 * 2017 in the curated record, whose bases an imported file keeps). Its earlier events (2003,
 * 2011, 2014) say nothing of these bases, and "present" would be a claim of ours: over a UCDP
 * file reaching back to 2005, the map showed all eleven bases held in 2013. Null without troop
 * figures.
 */
export function statusesFrom(levels: readonly TroopLevel[]): { date: string; day: number } | null {
  let first: { date: string; day: number } | null = null;
  for (const l of levels) {
    const day = dayRange(l.date)[0];
    if (!first || day < first.day) first = { date: l.date, day };
  }
  return first;
}

/**
 * A base's status on a day: handed over once its handover date has begun by then; before the
 * record gives statuses (`from`, see statusesFrom), unknown; otherwise present.
 */
export function baseStatusAt(base: Base, day: number, from: number | null = null): BaseStatus {
  if (base.handover && dayRange(base.handover.date)[0] <= day) return 'handedOver';
  return from !== null && day < from ? 'unknown' : 'present';
}
