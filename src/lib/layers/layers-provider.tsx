import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { LoadedDataset } from '../dataset/loaded-dataset';
import { DATASET_QUERY } from '../dataset/api';
import { LayersContext, RenewContext, useLayerQueries } from './use-layers';

/** Loads the layers beside the main dataset and hands them to every view. */
export function LayersProvider({ main, children }: { main: LoadedDataset | undefined; children: ReactNode }) {
  const layers = useLayerQueries(main);
  const letGo = useLetGoCount();
  return (
    <LayersContext value={layers}>
      <RenewContext value={letGo}>{children}</RenewContext>
    </LayersContext>
  );
}

/**
 * Counts the datasets the query cache lets go (LET_GO_MS after the last view stops showing
 * one): by then every render that showed it is done, and one more render of the views leaves
 * none of them holding it (see RenewContext). Rendered as a transition: input comes first.
 */
function useLetGoCount(): number {
  const client = useQueryClient();
  const [count, setCount] = useState(0);
  useEffect(
    () =>
      client.getQueryCache().subscribe((e) => {
        if (e.type === 'removed' && e.query.queryKey[0] === DATASET_QUERY)
          startTransition(() => setCount((n) => n + 1));
      }),
    [client],
  );
  return count;
}
