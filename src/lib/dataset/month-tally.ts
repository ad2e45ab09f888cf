import type { ChunkColumns } from './event-columns';

/** A date spanning more months than this is too vague to spread over them: it is "unplaced". */
const MAX_SPREAD = 24;

/** Whether a date from month m0 to month m1 can be placed in months (not year-only, not too vague). */
const placeable = (m0: number, m1: number) => m0 >= 0 && m1 - m0 < MAX_SPREAD;

type MonthColumns = Pick<ChunkColumns, 'month' | 'monthLast' | 'attacks' | 'rockets'>;

/**
 * Attacks of some rows per month, in slots over the months of every placed attack of the file
 * (`base` is slot 0's year * 12 + month). An event counts `attacks` (see ChunkColumns); one
 * whose date fits one month counts there as certain, one spanning several as possible in each;
 * a year-only or too vague one is `unplaced`. See monthlyBuckets, which reads it.
 */
export interface MonthTally {
  base: number;
  attacks: Int32Array;
  possible: Int32Array;
  rockets: Int32Array;
  /** Per slot, the attacks whose rocket count the sources give. */
  rocketsKnown: Int32Array;
  unplaced: number;
  /** The first and last month of the rows' placed attacks (Infinity and -Infinity: none). */
  first: number;
  last: number;
}

/** A tally's columns (to transfer rather than copy). */
export const TALLY_COLUMNS = ['attacks', 'possible', 'rockets', 'rocketsKnown'] as const;

/** The first and last month of the placed attacks of all events (Infinity, -Infinity: none). */
function placedSpan({ month, monthLast, attacks }: MonthColumns): { first: number; last: number } {
  const s = { first: Infinity, last: -Infinity };
  for (let i = 0; i < month.length; i++) {
    if (!attacks[i] || !placeable(month[i]!, monthLast[i]!)) continue;
    if (month[i]! < s.first) s.first = month[i]!;
    if (monthLast[i]! > s.last) s.last = monthLast[i]!;
  }
  return s;
}

/**
 * The tally of `rows`, in one pass over them. `whole` is the tally of every event, which gives
 * the slots (none: these rows are every event).
 */
export function tallyMonths(c: MonthColumns, rows: ArrayLike<number>, whole?: MonthTally): MonthTally {
  return tallyMonthsBy(c, rows, null, 0, whole)[0]!;
}

const emptyTally = (base: number, width: number): MonthTally => ({
  base,
  attacks: new Int32Array(width),
  possible: new Int32Array(width),
  rockets: new Int32Array(width),
  rocketsKnown: new Int32Array(width),
  unplaced: 0,
  first: Infinity,
  last: -Infinity,
});

/**
 * Per group, the tally of its rows (those of code c in slot c + 1, those with none in slot 0;
 * every row in slot 0 without `group`), over the same slots: summed (sumTallies), a few
 * groups' give their rows' tally without reading the rows (a governorate's attacks per
 * month, at a million events).
 */
export function tallyMonthsBy(
  c: MonthColumns,
  rows: ArrayLike<number>,
  group: Int32Array | null,
  groups: number,
  whole?: MonthTally,
): MonthTally[] {
  const { month, monthLast, attacks, rockets } = c;
  const span = whole ?? placedSpan(c);
  const base = Number.isFinite(span.first) ? span.first : 0;
  const width = Number.isFinite(span.first) ? span.last - span.first + 1 : 0;
  const out = Array.from({ length: groups + 1 }, () => emptyTally(base, width));
  // Indexed, not for…of: over a million rows, a typed array's iterator took several times as
  // long, most of all in the first run, before the loop is optimised.
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j]!;
    const n = attacks[i]!;
    if (!n) continue;
    const t = out[group ? group[i]! + 1 : 0]!;
    const m0 = month[i]!;
    const m1 = monthLast[i]!;
    if (!placeable(m0, m1)) {
      t.unplaced += n;
      continue;
    }
    if (m0 < t.first) t.first = m0;
    if (m1 > t.last) t.last = m1;
    if (m1 !== m0) {
      for (let m = m0 - base; m <= m1 - base; m++) t.possible[m] = t.possible[m]! + n;
      continue;
    }
    const k = m0 - base;
    t.attacks[k] = t.attacks[k]! + n;
    if (rockets[i]! >= 0) {
      t.rockets[k] = t.rockets[k]! + rockets[i]!;
      t.rocketsKnown[k] = t.rocketsKnown[k]! + 1;
    }
  }
  return out;
}

/** The tally of the rows of tallies over the same slots (see tallyMonthsBy). */
export function sumTallies(parts: readonly MonthTally[]): MonthTally {
  const sum = emptyTally(parts[0]?.base ?? 0, parts[0]?.attacks.length ?? 0);
  for (const t of parts) {
    for (const k of TALLY_COLUMNS) for (let m = 0; m < t[k].length; m++) sum[k][m]! += t[k][m]!;
    sum.unplaced += t.unplaced;
    sum.first = Math.min(sum.first, t.first);
    sum.last = Math.max(sum.last, t.last);
  }
  return sum;
}
