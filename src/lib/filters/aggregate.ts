import type { DatasetIndex } from '../dataset/indexes';
import { dayRange } from '../dataset/indexes';
import type { Base } from '../dataset/schema';

export interface MonthBucket {
  month: string;
  attacks: number;
  rockets: number;
  /** Attacks in this month whose rocket count the sources give. */
  rocketsKnown: number;
}

const nextMonth = (m: string): string => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};

/** Every month from `first` to `last` inclusive, "YYYY-MM". */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last && out.length < 2000; m = nextMonth(m)) out.push(m);
  return out;
}

/**
 * Attacks per month over a continuous span (months without attacks are zero). An event
 * counts `figures.attacks` attacks (1 when not given). Year-only attacks cannot be placed
 * in a month and are counted in `unplaced`.
 */
export function monthlyAttacks(
  index: DatasetIndex,
  rows: readonly number[],
  span: { first: string; last: string },
): { buckets: MonthBucket[]; unplaced: number } {
  const byMonth = new Map<string, MonthBucket>();
  let first = span.first;
  let last = span.last;
  let unplaced = 0;
  for (const i of rows) {
    const e = index.events[i]!;
    if (e.type !== 'attack') continue;
    if (e.date.length < 7) {
      unplaced += e.figures?.attacks ?? 1;
      continue;
    }
    const m = e.date.slice(0, 7);
    if (m < first) first = m;
    if (m > last) last = m;
    const b = byMonth.get(m) ?? { month: m, attacks: 0, rockets: 0, rocketsKnown: 0 };
    b.attacks += e.figures?.attacks ?? 1;
    if (e.figures?.rockets !== undefined) {
      b.rockets += e.figures.rockets;
      b.rocketsKnown += 1;
    }
    byMonth.set(m, b);
  }
  const buckets = monthsBetween(first, last).map(
    (month) => byMonth.get(month) ?? { month, attacks: 0, rockets: 0, rocketsKnown: 0 },
  );
  return { buckets, unplaced };
}

/** Number of events per governorate code. */
export function countByProvince(index: DatasetIndex, rows: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of rows) {
    const p = index.events[i]!.province;
    if (p) out.set(p, (out.get(p) ?? 0) + 1);
  }
  return out;
}

export type BaseStatus = 'present' | 'handedOver';

/** A base's status on a day: handed over once its handover date has begun by then. */
export function baseStatusAt(base: Base, day: number): BaseStatus {
  if (!base.handover) return 'present';
  return dayRange(base.handover.date)[0] <= day ? 'handedOver' : 'present';
}
