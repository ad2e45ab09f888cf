import { createContext, useContext, useDeferredValue, useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import i18next from 'i18next';
import { DATASET_URL, datasetQueryOptions, DatasetError } from '../dataset/api';
import type { LoadedDataset } from '../dataset/loaded-dataset';
import { useViewStore } from '../store/view-store';
import { colorOf, isMissing, MAIN, type LayerRef } from './layer-ref';

/** A layer as the views use it: its settings, and its data once loaded. */
export interface ShownLayer {
  ref: LayerRef;
  key: string;
  /** The name shown: the analyst's, else the dataset's title or the file's name (as given). */
  name: { en: string; ar: string };
  color: string;
  status: 'ready' | 'loading' | 'error' | 'missing';
  /** Events, or counts (ACLED's weekly aggregates); null until loaded. */
  kind: 'events' | 'counts' | null;
  loaded: LoadedDataset | null;
  error: DatasetError | null;
}

const given = (s: string) => ({ en: s, ar: s });

type Names = { en: string; ar: string };

/**
 * The curated record's short name as a layer, read in each language when shown. One object
 * for the page's life: made anew at each switch of language, it made every layer new, and
 * each view's memo of the layers' rows was made again from the same rows (at a million rows,
 * the table's order was copied again in the switch's own task). Read when shown, Arabic's
 * strings, loaded after the first render, need no render to be taken in.
 */
const CURATED: Names = {
  get en() {
    return i18next.t('layers.curated', { lng: 'en' });
  },
  get ar() {
    return i18next.t('layers.curated', { lng: 'ar' });
  },
};

function nameOf(ref: LayerRef, loaded: LoadedDataset | null): Names {
  if (ref.name?.trim()) return given(ref.name.trim());
  // A file keeps its name; the curated record, as a layer, a short name of its own.
  if (loaded?.origin === DATASET_URL) return CURATED;
  if (ref.key !== MAIN) return given(ref.source);
  return given(loaded ? (loaded.origin.split(/[\\/]/).pop() ?? loaded.origin) : '');
}

/**
 * Loads every layer beside the main dataset (the shell calls this once; views read
 * LayersContext). A layer's file is read once and kept, as the main dataset is; a local file
 * a link names but this tab does not have is "missing".
 */
export function useLayerQueries(main: LoadedDataset | undefined): ShownLayer[] {
  const layers = useViewStore((s) => s.layers);
  const radius = useViewStore((s) => s.radiusKm);
  const others = useMemo(() => layers.filter((l) => l.key !== MAIN && !isMissing(l.key)), [layers]);
  // combine's result is structurally shared: it changes only when a layer's data or error does.
  const results = useQueries({
    queries: others.map((l) => datasetQueryOptions(l.key, radius, true)),
    combine: (rs) => rs.map((r) => ({ data: r.data, error: r.error })),
  });
  const fetched = useMemo(() => new Map(others.map((l, k) => [l.key, results[k]])), [others, results]);
  // A layer's data reaches the views in a deferred render, which React does in slices, a
  // view at a time; a query's update alone renders them all in one task (100k events:
  // sorting, clustering and rolling up took one ~150 ms task). Settings stay immediate.
  const settled = useDeferredValue(fetched);
  return useMemo(() => shown(layers, main, settled), [layers, main, settled]);
}

type Fetched = ReadonlyMap<string, { data: LoadedDataset | undefined; error: Error | null } | undefined>;

function shown(layers: readonly LayerRef[], main: LoadedDataset | undefined, fetched: Fetched): ShownLayer[] {
  return layers.map((ref) => {
    const other = ref.key !== MAIN && !isMissing(ref.key);
    const got = other ? fetched.get(ref.key) : undefined;
    const loaded = (ref.key === MAIN ? main : got?.data) ?? null;
    const error = got?.error ?? null;
    return {
      ref,
      key: ref.key,
      name: nameOf(ref, loaded),
      color: colorOf(ref),
      status: isMissing(ref.key) ? 'missing' : loaded ? 'ready' : error ? 'error' : 'loading',
      kind: loaded ? (loaded.counts ? 'counts' : 'events') : null,
      loaded,
      error:
        error instanceof DatasetError
          ? error
          : error
            ? new DatasetError('invalid', ref.source, error.message)
            : null,
    };
  });
}

export const LayersContext = createContext<ShownLayer[]>([]);

/**
 * How many datasets the page has let go (see useLetGoCount): each time, every view that reads
 * the layers renders once more. React keeps each component's previous render, and a view's
 * previous render, made while a removed layer showed, held on to every row of it.
 */
export const RenewContext = createContext(0);

/** Every layer, in order, the main dataset first. */
export function useLayers(): ShownLayer[] {
  useContext(RenewContext);
  return useContext(LayersContext);
}

export type ReadyLayer = ShownLayer & { loaded: LoadedDataset; kind: 'events' | 'counts' };

/** The layers shown: visible and loaded. */
export function useVisibleLayers(): ReadyLayer[] {
  const all = useLayers();
  return useMemo(() => all.filter((l): l is ReadyLayer => l.ref.visible && l.loaded !== null), [all]);
}
