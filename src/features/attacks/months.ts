import type { Dataset } from '../../lib/dataset/schema';
import { dayRange } from '../../lib/dataset/indexes';

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
  const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  return [iso(a), iso(b)];
}

export function monthInRange(month: string, lo: number, hi: number): boolean {
  const [a, b] = dayRange(month);
  return b >= lo && a <= hi;
}
