import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../store/view-store';
import type { DatasetIndex } from '../dataset/indexes';
import { filterEvents, type EventFilters, type Facet, type Rows } from './filter-events';
import { filterCounts, type CountTable } from '../dataset/counts';

/**
 * The shared filters, as the views compute with them: deferred, so a click on a filter
 * renders the control at once and the views' new rows after, in a render React can slice
 * and interrupt (at a million events, recomputing every view inside the click's own task
 * held the page 0.5-1 s).
 */
export function useEventFilters(): EventFilters {
  return useDeferredValue(useCurrentFilters());
}

/** True while the views have yet to catch up with a filter change (see useEventFilters). */
export function useFiltersSettling(): boolean {
  const current = useCurrentFilters();
  return useDeferredValue(current) !== current;
}

function useCurrentFilters(): EventFilters {
  return useViewStore(
    useShallow((s) => ({
      from: s.from,
      to: s.to,
      provinces: s.provinces,
      types: s.types,
      bases: s.bases,
      sourceTypes: s.sourceTypes,
      text: s.text,
    })),
  );
}

// Several views ask for the same rows after one filter change; compute each variant once.
const cache = new WeakMap<DatasetIndex, Map<string, Rows>>();

const countCache = new WeakMap<CountTable, Map<string, Rows>>();

/**
 * Recent results are kept for going back and forth between filter states, up to a few full
 * results' worth: at a million rows, 32 of them could hold ~100 MB of row numbers.
 */
const KEEP = { results: 32, fullResults: 4 };

function memo<T extends object>(
  store: WeakMap<T, Map<string, Rows>>,
  of: T,
  size: number,
  f: EventFilters,
  ignore: readonly Facet[],
  run: () => Rows,
): Rows {
  // Without the facets ignored: a view that ignores the date gets its rows again, the same
  // object, when only the date changed.
  const skip = (facet: Facet) => ignore.includes(facet);
  const key = JSON.stringify([
    skip('date') ? null : [f.from, f.to],
    skip('provinces') ? null : f.provinces,
    skip('types') ? null : f.types,
    skip('bases') ? null : f.bases,
    skip('sourceTypes') ? null : f.sourceTypes,
    skip('text') ? null : f.text,
    ignore,
  ]);
  let byKey = store.get(of);
  if (!byKey) store.set(of, (byKey = new Map()));
  let rows = byKey.get(key);
  if (rows)
    byKey.delete(key); // (set again below: the most recent goes last)
  else rows = run();
  byKey.set(key, rows);
  let kept = 0;
  for (const r of byKey.values()) kept += r.length;
  // Oldest first, never the one just asked for.
  for (const [k, r] of byKey) {
    if (byKey.size <= 1 || (byKey.size <= KEEP.results && kept <= KEEP.fullResults * size)) break;
    byKey.delete(k);
    kept -= r.length;
  }
  return rows;
}

export const memoFilter = (index: DatasetIndex, f: EventFilters, ignore: readonly Facet[] = []): Rows =>
  memo(cache, index, index.start.length, f, ignore, () => filterEvents(index, f, ignore));

/** Rows of a count layer passing the filters, computed once per filter state. */
export const memoFilterCounts = (t: CountTable, f: EventFilters, ignore: readonly Facet[] = []): Rows =>
  memo(countCache, t, t.week.length, f, ignore, () => filterCounts(t, f, ignore));

/** Rows of the events passing the shared filters, minus the facets a view shows whole. */
export function useFilteredRows(index: DatasetIndex, ignore: readonly Facet[] = []): Rows {
  const f = useEventFilters();
  const ignoreKey = ignore.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- ignoreKey stands for ignore
  return useMemo(() => memoFilter(index, f, ignore), [index, f, ignoreKey]);
}
