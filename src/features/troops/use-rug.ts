import { useMemo } from 'react';
import type { DatasetInfo } from '../../lib/dataset/schema';
import { useVisibleLayers } from '../../lib/layers/use-layers';
import { troopDomain } from './troop-series';

/**
 * The layers whose imported events are marked along the time axis, and the days the chart
 * spans (its troop levels' and those layers' events'). A hook of its own so that no function
 * the chart keeps from render to render (its frame's tick labels are kept while the days are)
 * holds the list of layers it was made with: it kept a removed layer's every row.
 */
export function useRug(data: DatasetInfo) {
  const visible = useVisibleLayers();
  // The rows are read inside EventRug: a filter change then redraws the rug, not the chart
  // (whose lines measure themselves on every render).
  const rug = useMemo(() => visible.filter((l) => l.kind === 'events' && l.loaded.imported), [visible]);
  // The same array while its days are: the chart's frame is memoized on it, and the list of
  // layers is a new array whenever any layer's query or settings change.
  const [firstDay, lastDay] = useMemo(
    () =>
      troopDomain(
        data,
        rug.map((l) => l.loaded.data),
      ),
    [data, rug],
  );
  const domain = useMemo((): [number, number] => [firstDay, lastDay], [firstDay, lastDay]);
  return { rug, domain };
}
