import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { monthlyCounts } from '../../lib/dataset/counts';
import { monthlyBuckets } from '../../lib/filters/aggregate';
import type { Facet } from '../../lib/filters/filter-events';
import { MAIN } from '../../lib/layers/layer-ref';
import { useLayerTallies } from '../../lib/layers/layer-tallies';
import { useLayers, useVisibleLayers } from '../../lib/layers/use-layers';
import { useLocale } from '../../lib/use-locale';
import { isolate } from '../../lib/format';
import type { LegendItem } from '../../components/chart-legend';
import { attackSpan } from './months';
import { fieldsOf, layerRows, type BarSeries, type ChartRow, type LayerMonths } from './layer-series';

export interface HiddenBar {
  dataKey: string;
  axis: BarSeries['axis'];
  stack: string;
  name: string;
  color: string;
  /** The top of its stack in a row, for the axis width. */
  top: (r: ChartRow) => number;
}

export interface TableColumn {
  key: string;
  header: string;
  /** A field saying how many of the month's records gave a value (rockets): none shows "–". */
  known?: string;
}

const ROCKETS = 'var(--rocket)';
const NEUTRAL = '#5b6675';

/** The attack chart's rows, series, legend and table over every visible layer. */
export function useChartSeries(ignore: readonly Facet[]) {
  const { t } = useTranslation();
  const { text } = useLocale();
  const { data } = useLoadedDataset();
  const all = useLayers();
  const visible = useVisibleLayers();
  const perLayer = useLayerTallies(visible, ignore);
  const span = useMemo(() => attackSpan(data), [data]);

  // The numbers: once per filter change, whatever the language.
  const numbers = useMemo(() => {
    let main: ReturnType<typeof monthlyBuckets> | null = null;
    const others: LayerMonths[] = [];
    for (const { layer, tally } of perLayer) {
      const slot = all.findIndex((l) => l.key === layer.key);
      // A count layer's rows; an event layer's tally.
      if (tally instanceof Int32Array)
        others.push({ slot, kind: 'counts', months: monthlyCounts(layer.loaded.counts!, tally) });
      else if (layer.key === MAIN) main = monthlyBuckets(tally, span);
      else others.push({ slot, kind: 'events', buckets: monthlyBuckets(tally, span).buckets });
    }
    return { rows: layerRows(main?.buckets ?? null, others), unplaced: main?.unplaced ?? 0 };
  }, [perLayer, all, span]);

  // The series and their words.
  const series = useMemo(() => {
    const layered = visible.length > 1 || (visible.length === 1 && visible[0]!.key !== MAIN);
    const bars: BarSeries[] = [];
    const hidden: HiddenBar[] = [];
    const lines: { key: string; upperKey: string; color: string; name: string; upperName: string }[] = [];
    const legend: LegendItem[] = [];
    const table: TableColumn[] = [];
    const { rows } = numbers;
    const sum = (a: string, b?: string) => (r: ChartRow) => Number(r[a] ?? 0) + (b ? Number(r[b] ?? 0) : 0);
    const anyIn = (k: string) => rows.some((r) => Number(r[k] ?? 0) > 0);
    const main = visible.find((l) => l.key === MAIN);
    const counts = data.meta.imported ? 'events' : 'attacks';
    // With several layers, one key each for the hatched band and the dashed line, not one per layer.
    let band = false;
    let straddle = false;
    for (const l of visible) {
      // Names as given, isolated: a path's slash stays put in Arabic.
      const name = isolate(text(l.name));
      const of = (what: string) => (layered ? t('attacks.ofLayer', { layer: name, what }) : what);
      const slot = all.findIndex((x) => x.key === l.key);
      if (l.kind === 'counts') {
        const f = fieldsOf(slot);
        const what = t('attacks.weeklyCounts');
        const upper = t('attacks.weeklyUpper');
        lines.push({
          key: f.counts,
          upperKey: f.upper,
          color: l.color,
          name: of(what),
          upperName: of(upper),
        });
        legend.push({ label: of(what), color: l.color, mark: 'line' });
        if (rows.some((r) => r[f.upper] !== r[f.counts])) {
          if (!layered) legend.push({ label: upper, color: l.color, mark: 'dashed' });
          else straddle = true;
        }
        table.push({ key: f.counts, header: of(what) }, { key: f.upper, header: of(upper) });
        continue;
      }
      const isMain = l === main;
      const f = isMain ? { events: 'attacks', possible: 'possible' } : fieldsOf(slot);
      const unit = t(!l.loaded.imported ? 'attacks.attacks' : 'attacks.events');
      const possible = anyIn(f.possible);
      bars.push({ key: f.events, possibleKey: f.possible, axis: 'attacks', color: l.color });
      hidden.push({
        dataKey: f.events,
        axis: 'attacks',
        stack: `s${slot}`,
        name: of(unit),
        color: l.color,
        top: sum(f.events, f.possible),
      });
      legend.push({ label: of(unit), color: l.color, mark: 'square' });
      table.push({ key: f.events, header: of(unit) });
      if (possible) {
        const what = t('attacks.possible');
        hidden.push({
          dataKey: f.possible,
          axis: 'attacks',
          stack: `s${slot}`,
          name: of(what),
          color: l.color,
          top: sum(f.events, f.possible),
        });
        if (!layered) legend.push({ label: what, color: l.color, mark: 'hatch' });
        else band = true;
        table.push({ key: f.possible, header: of(what) });
      }
      if (isMain && counts === 'attacks') {
        const what = t('attacks.rockets');
        bars.push({ key: 'rockets', axis: 'rockets', color: ROCKETS });
        hidden.push({
          dataKey: 'rockets',
          axis: 'rockets',
          stack: 'rockets',
          name: of(what),
          color: ROCKETS,
          top: sum('rockets'),
        });
        legend.push({ label: of(what), color: ROCKETS, mark: 'square' });
        table.push({ key: 'rockets', header: of(what), known: 'rocketsKnown' });
      }
    }
    if (band) legend.push({ label: t('attacks.possible'), color: NEUTRAL, mark: 'hatch' });
    if (straddle) legend.push({ label: t('attacks.weeklyUpperAny'), color: NEUTRAL, mark: 'dashed' });
    return { bars, hidden, lines, legend, table, layered, counts };
  }, [numbers, visible, all, data, t, text]);

  return { ...numbers, ...series };
}
