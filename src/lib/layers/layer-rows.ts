import { useMemo } from 'react';
import type { EventFilters, Facet, Rows } from '../filters/filter-events';
import { memoFilter, memoFilterCounts, useEventFilters } from '../filters/use-filtered';
import type { ReadyLayer } from './use-layers';

/** A shown layer with the rows (events, or count rows) passing the shared filters. */
export interface LayerRows {
  layer: ReadyLayer;
  rows: Rows;
}

export type Of<R> = (layer: ReadyLayer, f: EventFilters, ignore: readonly Facet[]) => R;

/** The last answer per layer list and question, to give it again when nothing changed. */
const lastOf = new WeakMap<readonly ReadyLayer[], Map<string, { layer: ReadyLayer }[]>>();

/**
 * One filter state for every layer: `of` each, minus facets a view shows whole, as `field`.
 * The same answer when no layer's changed (a date change, for a view that ignores the date),
 * so what views compute from it is not computed again.
 */
export function useLayerResults<K extends string, R>(
  field: K,
  layers: readonly ReadyLayer[],
  ignore: readonly Facet[],
  of: Of<R>,
) {
  type Result = { layer: ReadyLayer } & Record<K, R>;
  const f = useEventFilters();
  const key = `${field}:${ignore.join(',')}`;
  return useMemo(() => {
    const next = layers.map((layer) => ({ layer, [field]: of(layer, f, ignore) }) as Result);
    let last = lastOf.get(layers);
    if (!last) lastOf.set(layers, (last = new Map()));
    const prev = last.get(key) as Result[] | undefined;
    if (prev && prev.every((p, k) => p[field] === next[k]![field])) return prev;
    last.set(key, next);
    return next;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key stands for field and ignore
  }, [layers, f, key]);
}

const rowsOf: Of<Rows> = (layer, f, ignore) =>
  layer.loaded.counts
    ? memoFilterCounts(layer.loaded.counts, f, ignore)
    : memoFilter(layer.loaded.index, f, ignore);

/** Each layer's rows passing the shared filters, minus facets a view shows whole. */
export const useLayerRows = (layers: readonly ReadyLayer[], ignore: readonly Facet[] = []): LayerRows[] =>
  useLayerResults('rows', layers, ignore, rowsOf);
