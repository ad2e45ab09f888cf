import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dataset } from './schema';
import type { Problem } from './issues';
import { buildIndex, type DatasetIndex } from './indexes';
import { FatalDatasetError, parseLenient, type Rejected } from './lenient';
import { useSourceStore } from './source';
import { useViewStore } from '../store/view-store';

export const DATASET_URL = `${import.meta.env.BASE_URL}data/iraq-drawdown.json`;

export type DatasetErrorKind = 'missing' | 'network' | 'notJson' | 'invalid';

/** A load failure that the error panel can explain: which file, what kind, and which records. */
export class DatasetError extends Error {
  constructor(
    readonly kind: DatasetErrorKind,
    readonly url: string,
    readonly detail: string,
    readonly problems: Problem[] = [],
    readonly status?: number,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'DatasetError';
  }
}

export interface LoadedDataset {
  data: Dataset;
  index: DatasetIndex;
  /** Records that failed the schema or pointed at nothing, set aside with reasons. */
  rejected: Rejected[];
  /** What was loaded: a URL path or a file name. */
  origin: string;
}

/** Files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Parses the text of a dataset file. Invalid records are set aside (see `rejected`); a file
 * that is not a Drawdown dataset at all throws DatasetError with the reason.
 */
export function parseDataset(text: string, origin: string): LoadedDataset {
  if (text.length > MAX_FILE_BYTES)
    throw new DatasetError('invalid', origin, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DatasetError('notJson', origin, (e as Error).message);
  }
  try {
    const { data, rejected } = parseLenient(raw);
    return { data, index: buildIndex(data), rejected, origin };
  } catch (e) {
    if (e instanceof FatalDatasetError) throw new DatasetError('invalid', origin, e.message);
    if (e instanceof RangeError) throw new DatasetError('invalid', origin, 'nested too deeply to read');
    throw e;
  }
}

export async function fetchDataset(url: string = DATASET_URL): Promise<LoadedDataset> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new DatasetError('network', url, (e as Error).message);
  }
  if (!res.ok) throw new DatasetError('missing', url, res.statusText, [], res.status);
  return parseDataset(await res.text(), url);
}

/** A dataset opened from a file lives only in the query cache, under this key. */
export const fileKey = (id: number) => `file:${id}`;

/** `key` is a same-origin URL, or `file:<id>` for a dataset already put in the cache. */
export const datasetQueryOptions = (key: string = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', key],
    queryFn: () =>
      key.startsWith('file:')
        ? Promise.reject(new DatasetError('missing', key, 'the opened file is no longer in memory'))
        : fetchDataset(key),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

/** The dataset on screen: an opened file if there is one, else `?data=` or the bundled one. */
export function useDataset() {
  const url = useViewStore((s) => s.dataUrl) ?? DATASET_URL;
  const file = useSourceStore((s) => s.file);
  return useQuery(datasetQueryOptions(file ? fileKey(file.id) : url));
}

/** The loaded dataset, for components rendered only once it has loaded. */
export function useLoadedDataset(): LoadedDataset {
  const { data } = useDataset();
  if (!data) throw new Error('useLoadedDataset used before the dataset loaded');
  return data;
}
