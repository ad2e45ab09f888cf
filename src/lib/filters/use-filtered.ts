import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../store/view-store';
import type { DatasetIndex } from '../dataset/indexes';
import { filterEvents, type EventFilters, type Facet } from './filter-events';

function useEventFilters(): EventFilters {
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
const cache = new WeakMap<DatasetIndex, Map<string, number[]>>();

export function memoFilter(index: DatasetIndex, f: EventFilters, ignore: readonly Facet[] = []): number[] {
  const key = JSON.stringify([f.from, f.to, f.provinces, f.types, f.bases, f.sourceTypes, f.text, ignore]);
  let byKey = cache.get(index);
  if (!byKey) cache.set(index, (byKey = new Map()));
  let rows = byKey.get(key);
  if (!rows) {
    rows = filterEvents(index, f, ignore);
    if (byKey.size > 32) byKey.clear();
    byKey.set(key, rows);
  }
  return rows;
}

/** Rows of the events passing the shared filters, minus the facets a view shows whole. */
export function useFilteredRows(index: DatasetIndex, ignore: readonly Facet[] = []): number[] {
  const f = useEventFilters();
  const ignoreKey = ignore.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- ignoreKey stands for ignore
  return useMemo(() => memoFilter(index, f, ignore), [index, f, ignoreKey]);
}
