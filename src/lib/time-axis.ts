import { dayRange, dayToIso, isoToDay } from './dataset/indexes';

/** Where a dated point sits on a time axis: the middle of the span its precision allows. */
export function plotDay(date: string): number {
  const [a, b] = dayRange(date);
  return Math.floor((a + b) / 2);
}

/** Ticks on the first of January and July between two days. */
export function halfYearTicks(minDay: number, maxDay: number): number[] {
  const out: number[] = [];
  const y0 = Number(dayToIso(minDay).slice(0, 4));
  const y1 = Number(dayToIso(maxDay).slice(0, 4));
  for (let y = y0; y <= y1; y++)
    for (const m of ['01', '07']) {
      const d = isoToDay(`${y}-${m}-01`);
      if (d >= minDay && d <= maxDay) out.push(d);
    }
  return out;
}

/**
 * Converts a pixel offset inside the plot area to a day. In Arabic mode the time axis is
 * mirrored (see troop-chart.tsx), so the earliest day sits at the right edge.
 */
export function pixelToDay(
  x: number,
  plotWidth: number,
  domain: [number, number],
  reversed: boolean,
): number {
  const f = Math.min(1, Math.max(0, x / plotWidth));
  const t = reversed ? 1 - f : f;
  return Math.round(domain[0] + t * (domain[1] - domain[0]));
}
