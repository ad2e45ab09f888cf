import type { ReactNode } from 'react';
import type { LoadedDataset } from '../dataset/loaded-dataset';
import { LayersContext, useLayerQueries } from './use-layers';

/** Loads the layers beside the main dataset and hands them to every view. */
export function LayersProvider({ main, children }: { main: LoadedDataset | undefined; children: ReactNode }) {
  const layers = useLayerQueries(main);
  return <LayersContext value={layers}>{children}</LayersContext>;
}
