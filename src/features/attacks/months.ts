import type { DatasetInfo } from '../../lib/dataset/schema';

/** The months the chart always shows: the dataset's focus period (attacks outside it widen it). */
export function attackSpan(data: DatasetInfo): { first: string; last: string } {
  const focus = data.meta.focus ?? data.meta.coverage;
  const first = focus.from.length >= 7 ? focus.from.slice(0, 7) : `${focus.from}-01`;
  const last = focus.to.length >= 7 ? focus.to.slice(0, 7) : `${focus.to}-12`;
  return { first, last };
}
