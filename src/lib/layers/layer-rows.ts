import { useMemo } from 'react';
import type { Facet, Rows } from '../filters/filter-events';
import { memoFilter, memoFilterCounts, useEventFilters } from '../filters/use-filtered';
import type { ReadyLayer } from './use-layers';

/** A shown layer with the rows (events, or count rows) passing the shared filters. */
export interface LayerRows {
  layer: ReadyLayer;
  rows: Rows;
}

/** The last answer per layer list and ignored facets, to give it again when nothing changed. */
const lastOf = new WeakMap<readonly ReadyLayer[], Map<string, LayerRows[]>>();

/** One filter state for every layer: each layer's rows passing it, minus facets a view shows whole. */
export function useLayerRows(layers: readonly ReadyLayer[], ignore: readonly Facet[] = []): LayerRows[] {
  const f = useEventFilters();
  const ignoreKey = ignore.join(',');
  return useMemo(() => {
    const next = layers.map((layer) => ({
      layer,
      rows: layer.loaded.counts
        ? memoFilterCounts(layer.loaded.counts, f, ignore)
        : memoFilter(layer.loaded.index, f, ignore),
    }));
    // The same answer when no layer's rows changed (a date change, for a view that ignores the
    // date), so what views compute from it is not computed again.
    let last = lastOf.get(layers);
    if (!last) lastOf.set(layers, (last = new Map()));
    const prev = last.get(ignoreKey);
    if (prev && prev.every((p, k) => p.rows === next[k]!.rows)) return prev;
    last.set(ignoreKey, next);
    return next;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ignoreKey stands for ignore
  }, [layers, f, ignoreKey]);
}
