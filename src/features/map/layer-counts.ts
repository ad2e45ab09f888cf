import { countByProvince } from '../../lib/filters/aggregate';
import { countsByProvince, WEEK_DAYS } from '../../lib/dataset/counts';
import type { LayerRows } from '../../lib/layers/layer-rows';

/** A layer's rows within a playback window [from, day]: events, or weeks, that touch it. */
export function inWindow(l: LayerRows, from: number, day: number): LayerRows {
  const c = l.layer.loaded.counts;
  if (c) return { ...l, rows: l.rows.filter((i) => c.week[i]! + WEEK_DAYS - 1 >= from && c.week[i]! <= day) };
  const { start, end } = l.layer.loaded.index;
  return { ...l, rows: l.rows.filter((i) => end[i]! >= from && start[i]! <= day) };
}

/** Events per governorate in a layer: its events, or the events its weekly rows count. */
export function countsOf(l: LayerRows): Map<string, number> {
  const c = l.layer.loaded.counts;
  return c ? countsByProvince(c, l.rows) : countByProvince(l.layer.loaded.index, l.rows);
}
