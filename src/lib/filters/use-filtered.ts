import { createContext, useContext, useDeferredValue, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../store/view-store';
import type { DatasetIndex } from '../dataset/indexes';
import {
  filterEvents,
  findSearch,
  searchFound,
  type EventFilters,
  type Facet,
  type Rows,
} from './filter-events';
import { useLayers } from '../layers/use-layers';
import { filterCounts, type CountTable } from '../dataset/counts';
import { SLICED_ABOVE } from '../next-task';

/**
 * The shared filters, as the views compute with them: deferred, so a click on a filter
 * renders the control at once and the views' new rows after, in a render React can slice
 * and interrupt (at a million events, recomputing every view inside the click's own task
 * held the page 0.5-1 s). A search text counts once it has been found in every loaded
 * layer, a slice at a time (findSearch); till then the views keep the text before.
 *
 * Worked out once, in FiltersProvider, and read from context: a view that read the store
 * itself was rendered again inside the click's task too, with the filters it already had
 * (at a million events, ~10 ms of the click's task for nothing).
 */
export function useEventFilters(): EventFilters {
  const f = useContext(FiltersContext);
  if (!f) throw new Error('useEventFilters needs a FiltersProvider above it');
  return f;
}

/** True while the views have yet to catch up with a filter change (see useEventFilters). */
export function useFiltersSettling(): boolean {
  return useContext(SettlingContext);
}

export const FiltersContext = createContext<EventFilters | null>(null);
export const SettlingContext = createContext(false);

/** What FiltersProvider hands down: the views' filters, and whether they lag the store's. */
export function useSharedFilters(): { deferred: EventFilters; settling: boolean } {
  const current = useCurrentFilters();
  const text = useFoundText(current.text);
  const f = useMemo(() => (text === current.text ? current : { ...current, text }), [current, text]);
  const deferred = useDeferredValue(f);
  // f is current itself once its text is found, so this also covers a search being found.
  return { deferred, settling: deferred !== current };
}

/** The last text every loaded layer had found, and a count of finds, for hooks to read. */
let lastFound = '';
let finds = 0;
const waiting = new Set<() => void>();
const onFind = (l: () => void) => {
  waiting.add(l);
  return () => void waiting.delete(l);
};

/** `text` once every loaded layer has found it; till then the last text they all had found. */
function useFoundText(text: string): string {
  const layers = useLayers();
  const indexes = useMemo(
    () =>
      layers.flatMap((l) =>
        l.loaded && !l.loaded.counts && l.loaded.index.events.length > SLICED_ABOVE ? [l.loaded.index] : [],
      ),
    [layers],
  );
  useSyncExternalStore(onFind, () => finds);
  const found = (t: string) => indexes.every((index) => searchFound(index, t));
  const ready = found(text);
  useEffect(() => {
    if (ready) return;
    void Promise.all(indexes.map((index) => findSearch(index, text))).then(() => {
      if (indexes.every((index) => searchFound(index, text))) lastFound = text;
      finds++;
      for (const l of waiting) l();
    });
  }, [ready, indexes, text]);
  return ready ? text : found(lastFound) ? lastFound : '';
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

export function memo<T extends object, R>(
  store: WeakMap<T, Map<string, R>>,
  of: T,
  size: number,
  f: EventFilters,
  ignore: readonly Facet[],
  run: () => R,
  /** How much of `size` a result holds (rows, for rows). */
  weight: (r: R) => number,
): R {
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
  for (const r of byKey.values()) kept += weight(r);
  // Oldest first, never the one just asked for.
  for (const [k, r] of byKey) {
    if (byKey.size <= 1 || (byKey.size <= KEEP.results && kept <= KEEP.fullResults * size)) break;
    byKey.delete(k);
    kept -= weight(r);
  }
  return rows;
}

const rowCount = (r: Rows) => r.length;

export const memoFilter = (index: DatasetIndex, f: EventFilters, ignore: readonly Facet[] = []): Rows =>
  memo(cache, index, index.start.length, f, ignore, () => filterEvents(index, f, ignore), rowCount);

/** Rows of a count layer passing the filters, computed once per filter state. */
export const memoFilterCounts = (t: CountTable, f: EventFilters, ignore: readonly Facet[] = []): Rows =>
  memo(countCache, t, t.week.length, f, ignore, () => filterCounts(t, f, ignore), rowCount);

/** Rows of the events passing the shared filters, minus the facets a view shows whole. */
export function useFilteredRows(index: DatasetIndex, ignore: readonly Facet[] = []): Rows {
  return useFilteredRowsIf(true, index, ignore)!;
}

/** The same while `on`, else null: rows nothing shows are not found at each filter change. */
export function useFilteredRowsIf(
  on: boolean,
  index: DatasetIndex,
  ignore: readonly Facet[] = [],
): Rows | null {
  const f = useEventFilters();
  const ignoreKey = ignore.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- ignoreKey stands for ignore
  return useMemo(() => (on ? memoFilter(index, f, ignore) : null), [on, index, f, ignoreKey]);
}
