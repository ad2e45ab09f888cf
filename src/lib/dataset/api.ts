import { queryOptions, useQuery } from '@tanstack/react-query';
import { datasetSchema, type Dataset } from './schema';
import { problemsFromZod, type Problem } from './issues';
import { buildIndex, type DatasetIndex } from './indexes';

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
}

/** Parses the text of a dataset file; throws DatasetError naming the record and field at fault. */
export function parseDataset(text: string, url: string): LoadedDataset {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DatasetError('notJson', url, (e as Error).message);
  }
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = problemsFromZod(raw, parsed.error);
    throw new DatasetError('invalid', url, `${problems.length} problem(s)`, problems);
  }
  return { data: parsed.data, index: buildIndex(parsed.data) };
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

export const datasetQueryOptions = (url: string = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: () => fetchDataset(url),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

export const useDataset = (url?: string) => useQuery(datasetQueryOptions(url));

/** The loaded dataset, for components rendered only once it has loaded. */
export function useLoadedDataset(): LoadedDataset {
  const { data } = useDataset();
  if (!data) throw new Error('useLoadedDataset used before the dataset loaded');
  return data;
}
