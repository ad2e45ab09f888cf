import { createContext, useContext } from 'react';
import type { DatasetInfo } from './schema';
import type { DatasetIndex } from './indexes';
import type { SetAside } from '../import/row-problem';
import type { ImportSummary, Parsed } from './parse-core';
import type { CountTable } from './counts';

/** A dataset as the views use it: checked, indexed, with what was set aside. */
export interface LoadedDataset {
  data: DatasetInfo;
  index: DatasetIndex;
  /** Records that failed the schema or pointed at nothing, or an export's rows that could
   * not be used, set aside with reasons. */
  rejected: SetAside[];
  /** What was loaded: a URL path or a file name. */
  origin: string;
  /** The opened file's id (see load-status), when the dataset came from one. */
  fileId?: number;
  /** Set for a CSV export: rows read, and how many of those were outside Iraq. */
  imported?: ImportSummary;
  /** Set for ACLED's weekly aggregates: a count layer, with no events of its own. */
  counts?: CountTable;
}

/**
 * The loaded dataset, handed down by the shell once it has loaded: a context read rather than
 * a query observer in each of the many components (table cells among them) that need it.
 */
export const LoadedDatasetContext = createContext<LoadedDataset | null>(null);

/** The loaded dataset, for components rendered only once it has loaded. */
export function useLoadedDataset(): LoadedDataset {
  const data = useContext(LoadedDatasetContext);
  if (!data) throw new Error('useLoadedDataset used before the dataset loaded');
  return data;
}

/** A parsed file and its index as the views hold them: the events are the index's, in date order. */
export function loadedFrom(parsed: Parsed, index: DatasetIndex, origin: string): LoadedDataset {
  // The events are the index's (see EventList): the dataset's list of them is not kept.
  const data: DatasetInfo & { events?: unknown } = { ...parsed.data };
  delete data.events;
  return {
    data,
    rejected: parsed.rejected,
    origin,
    index,
    ...(parsed.imported ? { imported: parsed.imported } : {}),
    ...(parsed.counts ? { counts: parsed.counts } : {}),
  };
}

const keys = new WeakMap<LoadedDataset, number>();
let lastKey = 0;

/**
 * A key of its own for each dataset the page shows, for the views to be built afresh when
 * another takes its place. Rendered again instead, each component's previous render (React
 * keeps one, to compare against) held on to the dataset before, and with it every row of a
 * file opened before this one: a second million-row file would have held both.
 */
export function datasetKey(data: LoadedDataset): number {
  let key = keys.get(data);
  if (key === undefined) keys.set(data, (key = lastKey++));
  return key;
}
