import type { Force, TroopLevel, DatasetInfo, Moment } from '../../lib/dataset/schema';
import { forces } from '../../lib/dataset/vocabulary';
import { dayRange, plotDay } from '../../lib/dates/partial-date';
import { datedMoments } from '../../lib/dataset/indexes';

export interface TroopPoint {
  day: number;
  count: number;
  level: TroopLevel;
}

export type TroopSeries = { force: Force; points: TroopPoint[] }[];

/** One step series per force that has data, points in date order. */
export function troopSeries(levels: readonly TroopLevel[]): TroopSeries {
  return forces
    .map((force) => ({
      force,
      points: levels
        .filter((l) => l.force === force)
        .map((level) => ({ day: plotDay(level.date), count: level.count, level }))
        .sort((a, b) => a.day - b.day),
    }))
    .filter((s) => s.points.length > 0);
}

/**
 * The days the time axis spans: the troop data, the dataset's focus period and the days of the
 * imported files whose events the chart marks (`marked`, see EventRug). A UCDP file from 2005
 * on had only its events since December 2017, the first troop level, drawn.
 */
export function troopDomain(data: DatasetInfo, marked: readonly DatasetInfo[] = []): [number, number] {
  // A loop, not Math.min(...days): spreading 150,000 troop levels overflows the call stack.
  let lo = Infinity;
  let hi = -Infinity;
  const widen = (date: string) => {
    const [a, b] = dayRange(date);
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  };
  for (const l of data.troopLevels) widen(l.date);
  if (data.meta.focus) for (const d of [data.meta.focus.from, data.meta.focus.to]) widen(d);
  for (const m of marked) for (const d of [m.meta.coverage.from, m.meta.coverage.to]) widen(d);
  return lo === Infinity ? [0, 1] : [lo, hi];
}

/** The dataset's key moments and their days (see datedMoments), for the chart's lines. */
export function momentDays(
  moments: readonly Moment[] | undefined,
  dateOf: (id: string) => string | undefined,
) {
  return datedMoments(moments, dateOf).map((m) => ({ id: m.event, label: m.label, day: plotDay(m.date) }));
}
