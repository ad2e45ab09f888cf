import { useEffect, type ReactNode } from 'react';
import { prepareFilters } from '../filters/filter-events';
import type { LoadedDataset } from '../dataset/loaded-dataset';
import { LayersContext, useLayerQueries } from './use-layers';

/** Loads the layers beside the main dataset and hands them to every view. */
export function LayersProvider({ main, children }: { main: LoadedDataset | undefined; children: ReactNode }) {
  const layers = useLayerQueries(main);
  useEffect(() => {
    const stops = layers.flatMap((l) => (l.loaded ? [prepareFilters(l.loaded.index)] : []));
    return () => stops.forEach((stop) => stop());
  }, [layers]);
  return <LayersContext value={layers}>{children}</LayersContext>;
}
