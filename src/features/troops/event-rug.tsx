import { memo, useDeferredValue, useMemo } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import { useLayerRows } from '../../lib/layers/layer-rows';
import type { ReadyLayer } from '../../lib/layers/use-layers';
import { dayRuns, rugColumns } from './rug-columns';

const LANE = 6;
const NO_LAYERS: ReturnType<typeof useLayerRows> = [];

/**
 * Imported events along the troop chart's time axis: one lane per layer at the foot of the
 * plot, a tick per pixel column that has events (its opacity grows with their number), so
 * 100,000 events draw as a few hundred ticks. Events the filters leave out are not drawn.
 */
export const EventRug = memo(function EventRug({
  layers: shown,
  domain,
}: {
  layers: readonly ReadyLayer[];
  domain: readonly [number, number];
}) {
  const x = useXAxisScale();
  const plot = usePlotArea();
  // Drawn in a render of its own after the chart's first: at a million rows the pass over them
  // (~40 ms) made the chart's mount, already the longest task at start-up, longer still. Later
  // changes come in the filters' deferred render, where this is the new value at once.
  const layers = useDeferredValue(useLayerRows(shown), NO_LAYERS);
  const bottom = plot ? plot.y + plot.height : 0;
  // Memoized: the rug re-renders at once on a filter click (its rows follow in a deferred
  // render), and a pass over a million rows must not run in the click's own task. The pass
  // follows the rows alone; a new scale (a switch of language flips the axis) reads its runs.
  const runs = useMemo(
    () => layers.map(({ layer, rows }) => dayRuns(layer.loaded.index.start, rows, domain)),
    [layers, domain],
  );
  const lanes = useMemo(
    () =>
      x
        ? layers.map(({ layer }, k) => {
            const columns = rugColumns(runs[k]!, x);
            const foot = bottom - k * (LANE + 2);
            let d = '';
            let dense = '';
            for (const [px, n] of columns) {
              const tick = `M${px} ${foot}v${-LANE}`;
              if (n > 3) dense += tick;
              else d += tick;
            }
            return { key: layer.key, color: layer.color, d, dense };
          })
        : [],
    [x, layers, runs, bottom],
  );
  if (!x || !plot || !lanes.length) return null;
  return (
    <g className="event-rug" aria-hidden="true">
      {lanes.map((l, k) => (
        <g key={l.key} stroke={l.color} strokeWidth={1.5} className={`rug-${k}`}>
          <path d={l.d} strokeOpacity={0.45} />
          <path d={l.dense} />
        </g>
      ))}
    </g>
  );
});
