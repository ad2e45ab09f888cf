import type { DatasetIndex } from '../dataset/indexes';
import type { DrawdownEvent, FigureKey } from '../dataset/schema';

export type SortKey = 'date' | 'type' | 'governorate' | 'base' | 'title' | FigureKey;

/**
 * Sorts event row indexes by one column. Categorical columns sort by the rank of their label
 * (a handful of distinct values), so 100,000 rows sort as numbers, not as strings; only the
 * title needs a full collation. Ties keep date order, so the result is stable and useful.
 * `rows` must be in date order, as filterEvents returns them.
 */
export function sortRows(
  index: DatasetIndex,
  rows: readonly number[],
  key: SortKey,
  desc: boolean,
  label: (e: DrawdownEvent, key: 'type' | 'governorate' | 'base' | 'title') => string,
  locale: string,
): number[] {
  const { events, start } = index;
  const out = [...rows];
  const dir = desc ? -1 : 1;
  const byDate = (a: number, b: number) => start[a]! - start[b]! || a - b;
  // Rows come from filterEvents already in date order: nothing to sort.
  if (key === 'date') return desc ? out.reverse() : out;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  if (key === 'title') {
    const titles = new Map(out.map((i) => [i, label(events[i]!, 'title')]));
    return out.sort((a, b) => dir * collator.compare(titles.get(a)!, titles.get(b)!) || byDate(a, b));
  }
  // Rows without a value go last whichever the direction: an empty cell is not "A" or 0.
  const byValue = (value: (i: number) => number | undefined) =>
    out.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va === vb) return byDate(a, b);
      if (va === undefined) return 1;
      if (vb === undefined) return -1;
      return dir * (va - vb);
    });
  if (key === 'type' || key === 'governorate' || key === 'base') {
    const labels = new Map<number, string>();
    for (const i of out) labels.set(i, label(events[i]!, key));
    const ranks = new Map([...new Set(labels.values())].sort(collator.compare).map((l, r) => [l, r]));
    return byValue((i) => (labels.get(i) ? ranks.get(labels.get(i)!) : undefined));
  }
  return byValue((i) => events[i]!.figures?.[key]);
}
