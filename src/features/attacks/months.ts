import type { Dataset } from '../../lib/dataset/schema';
import { dayRange, dayToIso, monthIndex } from '../../lib/dataset/indexes';

/** The months the chart always shows: the dataset's focus period (attacks outside it widen it). */
export function attackSpan(data: Dataset): { first: string; last: string } {
  const focus = data.meta.focus ?? data.meta.coverage;
  const first = focus.from.length >= 7 ? focus.from.slice(0, 7) : `${focus.from}-01`;
  const last = focus.to.length >= 7 ? focus.to.slice(0, 7) : `${focus.to}-12`;
  return { first, last };
}

/** First and last day of a "YYYY-MM" month as ISO dates. */
export function monthRange(month: string): [string, string] {
  const [a, b] = dayRange(month);
  return [dayToIso(a), dayToIso(b)];
}

export function monthInRange(month: string, lo: number, hi: number): boolean {
  const [a, b] = dayRange(month);
  return b >= lo && a <= hi;
}

/**
 * The months to label on an axis `width` px wide, each label needing `labelWidth` px
 * (Arabic month names are long): every month, quarter, half-year, year or two years.
 */
export function monthTicks(months: readonly string[], width: number, labelWidth: number): string[] {
  const fit = Math.max(2, Math.floor(width / labelWidth));
  const step = [1, 3, 6, 12, 24, 60].find((n) => months.length / n <= fit) ?? 120;
  // Counted from year 0, so a two-year step keeps every other January, not every January.
  return months.filter((m) => monthIndex(m) % step === 0);
}
