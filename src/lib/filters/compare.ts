import type { Rows } from './filter-events';
import type { DatasetIndex } from '../dataset/indexes';
import { isCalendarDay, isoToDay } from '../dates/partial-date';

export interface CompareRow {
  key: string;
  before: number;
  after: number;
  /** Events whose dates straddle a window's edge: neither certainly before nor after. */
  uncertain: number;
}

export interface Comparison {
  anchorDay: number;
  /** Before: the `days` days up to the day before the anchor. After: the anchor's day and the `days - 1` after it. */
  before: [number, number];
  after: [number, number];
  byProvince: CompareRow[];
  byType: CompareRow[];
  total: CompareRow;
}

/** The day an anchor names: an event's first day, or a calendar day. Null when it names nothing. */
export function anchorDay(index: DatasetIndex, anchor: string): number | null {
  const i = index.eventById.get(anchor);
  if (i !== undefined) return index.start[i]!;
  return isCalendarDay(anchor) ? isoToDay(anchor) : null;
}

/**
 * Events before vs after an anchor, per governorate and per type. An event counts in a window
 * only when every day its date can mean lies inside it; one that spans a window's edge (a
 * month-precision date across the anchor, say) is counted as uncertain, never guessed.
 * One pass over the rows.
 */
export function compareAround(
  index: DatasetIndex,
  rows: Rows,
  anchor: string,
  days: number,
): Comparison | null {
  const d = anchorDay(index, anchor);
  if (d === null) return null;
  const before: [number, number] = [d - days, d - 1];
  const after: [number, number] = [d, d + days - 1];
  const provinces = new Map<string, CompareRow>();
  const types = new Map<string, CompareRow>();
  // Through the code columns: no event is read.
  const provinceNames = [...index.codes.province.keys()];
  const typeNames = [...index.codes.type.keys()];
  const total: CompareRow = { key: 'total', before: 0, after: 0, uncertain: 0 };
  const row = (m: Map<string, CompareRow>, key: string) => {
    let r = m.get(key);
    if (!r) m.set(key, (r = { key, before: 0, after: 0, uncertain: 0 }));
    return r;
  };
  const { start, end, provinceCode, typeCode } = index;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const s = start[i]!;
    const e = end[i]!;
    if (e < before[0] || s > after[1]) continue;
    const slot: keyof CompareRow =
      s >= before[0] && e <= before[1] ? 'before' : s >= after[0] && e <= after[1] ? 'after' : 'uncertain';
    const p = provinceCode[i]!;
    for (const r of [
      total,
      row(provinces, p < 0 ? '' : provinceNames[p]!),
      row(types, typeNames[typeCode[i]!]!),
    ])
      r[slot] = (r[slot] as number) + 1;
  }
  const sorted = (m: Map<string, CompareRow>) =>
    [...m.values()].sort((a, b) => b.before + b.after - (a.before + a.after) || a.key.localeCompare(b.key));
  return { anchorDay: d, before, after, byProvince: sorted(provinces), byType: sorted(types), total };
}
