import { QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { buildIndex } from './indexes';
import { loadedFrom, type LoadedDataset } from './loaded-dataset';
import { fetchOk, refusal } from './errors';
import type { Parsed } from './parse-core';
import { loadInWorker } from './worker-client';
import { openedFile, useSourceStore } from './load-status';
import { DEFAULT_RADIUS_KM } from '../import/radius';
import { isParquetName } from '../import/sniff';
import { LET_GO_MS } from './let-go';
import { useViewStore } from '../store/view-store';

export { DatasetError } from './errors';
export type { DatasetErrorKind } from './errors';
export { LET_GO_MS } from './let-go';

export const DATASET_URL = `${import.meta.env.BASE_URL}data/iraq-drawdown.json`;

/**
 * Parses a dataset file's text on this thread, where there are no workers (tests): invalid
 * records are set aside (see `rejected`); a file that is not a Drawdown dataset at all
 * throws DatasetError.
 */
async function parseDataset(text: string, origin: string, radiusKm: number): Promise<LoadedDataset> {
  const core = await import('./parse-core');
  return loaded(
    core.readsAsCsv(origin, text)
      ? await core.importText(text, origin, { radiusKm, referenceUrl: DATASET_URL })
      : core.parseText(text, origin),
    origin,
  );
}

/**
 * Reads a file the analyst opened: a Parquet file as bytes (handed to the worker, not
 * copied); anything else is read by the worker from the File itself (a JSON file as a
 * stream), or, without workers (tests), as text here.
 */
export async function parseDatasetFile(
  file: File,
  radiusKm = DEFAULT_RADIUS_KM,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  if (!isParquetName(file.name)) {
    if (typeof Worker === 'undefined') return parseDataset(await file.text(), file.name, radiusKm);
    return loadInWorker({ file, origin: file.name, ...importContext(radiusKm) }, file.name, [], signal);
  }
  const bytes = await file.arrayBuffer();
  if (typeof Worker !== 'undefined')
    return loadInWorker({ bytes, origin: file.name, ...importContext(radiusKm) }, file.name, [bytes], signal);
  const core = await import('./parse-core');
  return loaded(await core.importBytes(bytes, file.name, { radiusKm, referenceUrl: DATASET_URL }), file.name);
}

/**
 * What a CSV import needs besides the file: the attack radius, and the curated dataset's URL,
 * absolute (a worker resolves a relative path against its own script's folder).
 */
const importContext = (radiusKm: number) => ({
  radiusKm,
  referenceUrl: new URL(DATASET_URL, globalThis.location.href).href,
});

const loaded = (parsed: Parsed, origin: string): LoadedDataset =>
  loadedFrom(parsed, buildIndex(parsed.data, parsed.search), origin);

/**
 * Loads a dataset from the app's origin. Other datasets (`?data=`, possibly 100,000 events)
 * are fetched and validated in a worker. The bundled one is known to be small: starting a
 * worker would cost more than parsing it here, so it is parsed on this thread.
 */
export async function fetchDataset(
  url: string = DATASET_URL,
  radiusKm = DEFAULT_RADIUS_KM,
  signal?: AbortSignal,
  layer = false,
): Promise<LoadedDataset> {
  // Resolved against the page here, once: the worker would resolve a relative path against
  // its own script's URL (/assets/...) and miss the file.
  if (typeof Worker !== 'undefined' && url !== DATASET_URL)
    return loadInWorker(
      // The dataset's own load has the page to itself (its loading screen); a layer's does not.
      { url: new URL(url, globalThis.location.href).href, ...importContext(radiusKm), alone: !layer },
      url,
      [],
      signal,
    );
  const core = import('./parse-core');
  const text = await (await fetchOk(url)).text();
  return loaded((await core).parseText(text, url), url);
}

/** The first part of every dataset query's key: what the cache's listeners know a dataset by. */
export const DATASET_QUERY = 'dataset';

/** A dataset opened from a file is read again from the File (kept by open-file.ts) under this key. */
export const fileKey = (id: number) => `file:${id}`;

/**
 * `key` is a same-origin URL, or `file:<id>` for a file the analyst opened. Another radius
 * is another dataset: a CSV import's attacks depend on it, so it is read again. `layer`
 * changes how a file is read, not what it gives: one entry per file, whichever shows it.
 */
export const datasetQueryOptions = (key: string = DATASET_URL, radiusKm = DEFAULT_RADIUS_KM, layer = false) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- layer is not part of the result
  queryOptions({
    queryKey: key === DATASET_URL ? [DATASET_QUERY, key] : [DATASET_QUERY, key, radiusKm],
    // Reading the signal lets React Query stop a load once nothing shows it (see loadInWorker).
    queryFn: ({ signal }) => {
      if (!key.startsWith('file:')) return fetchDataset(key, radiusKm, signal, layer);
      const file = openedFile(Number(key.slice(5)));
      const fileId = Number(key.slice(5));
      return file
        ? parseDatasetFile(file, radiusKm, signal).then((d) => ({ ...d, fileId }))
        : Promise.reject(refusal('missing', key, 'notInMemory'));
    },
    staleTime: Infinity,
    // A file or link no view shows any more (another opened in its place, a layer removed) is let
    // go: kept for good, each file opened after another kept the one before in this cache.
    gcTime: key === DATASET_URL ? Infinity : LET_GO_MS,
    retry: false,
  });

/**
 * The page's query client. Its default is datasetQueryOptions' own: React Query keeps the
 * longer of the two, and an opened file's data is put in (setQueryData) before any view asks.
 */
export const newQueryClient = () => new QueryClient({ defaultOptions: { queries: { gcTime: LET_GO_MS } } });

/** The dataset on screen: an opened file if there is one, else `?data=` or the bundled one. */
export function useDataset() {
  const url = useViewStore((s) => s.dataUrl) ?? DATASET_URL;
  const radius = useViewStore((s) => s.radiusKm);
  const file = useSourceStore((s) => s.file);
  return useQuery(datasetQueryOptions(file ? fileKey(file.id) : url, radius));
}
