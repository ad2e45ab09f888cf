import type { DatasetInfo } from './dataset/schema';
import { dayRange, stepDay, type StepUnit } from './dates/partial-date';

/** The days playback runs over: the dataset's focus period, or its coverage. */
export function playbackSpan(data: DatasetInfo): [number, number] {
  const p = data.meta.focus ?? data.meta.coverage;
  return [dayRange(p.from)[0], dayRange(p.to)[1]];
}

/** The cursor's days from `lo` to `hi` in steps of a unit: a video's frames. At most `max`. */
export function cursorSteps(lo: number, hi: number, unit: StepUnit, max = 600): number[] {
  const out: number[] = [];
  for (let d = lo; d <= hi && out.length < max; d = stepDay(d, unit, 1)) out.push(d);
  return out;
}
