import type { Facet, Rows } from '../filters/filter-events';
import { memoFilterCounts } from '../filters/use-filtered';
import { memoTally } from '../filters/filter-tally';
import type { MonthTally } from '../dataset/month-tally';
import type { ReadyLayer } from './use-layers';
import { useLayerResults, type Of } from './layer-rows';

/** A shown layer with what a monthly chart counts of it under the shared filters: a count
 * layer's rows, an event layer's attacks per month. */
export interface LayerTally {
  layer: ReadyLayer;
  tally: Rows | MonthTally;
}

const tallyOf: Of<Rows | MonthTally> = (layer, f, ignore) =>
  layer.loaded.counts
    ? memoFilterCounts(layer.loaded.counts, f, ignore)
    : memoTally(layer.loaded.index, f, ignore);

/** Each layer's monthly counts under the shared filters (see LayerTally). */
export const useLayerTallies = (layers: readonly ReadyLayer[], ignore: readonly Facet[] = []): LayerTally[] =>
  useLayerResults('tally', layers, ignore, tallyOf);
