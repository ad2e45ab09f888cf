import { useMemo } from 'react';
import type { Facet, Rows } from '../filters/filter-events';
import { memoFilter, memoFilterCounts, useEventFilters } from '../filters/use-filtered';
import type { ReadyLayer } from './use-layers';

/** A shown layer with the rows (events, or count rows) passing the shared filters. */
export interface LayerRows {
  layer: ReadyLayer;
  rows: Rows;
}

/** One filter state for every layer: each layer's rows passing it, minus facets a view shows whole. */
export function useLayerRows(layers: readonly ReadyLayer[], ignore: readonly Facet[] = []): LayerRows[] {
  const f = useEventFilters();
  const ignoreKey = ignore.join(',');
  return useMemo(
    () =>
      layers.map((layer) => ({
        layer,
        rows: layer.loaded.counts
          ? memoFilterCounts(layer.loaded.counts, f, ignore)
          : memoFilter(layer.loaded.index, f, ignore),
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ignoreKey stands for ignore
    [layers, f, ignoreKey],
  );
}
