import type { DatasetInfo } from '../../lib/dataset/schema';
import { dayToIso } from '../../lib/dates/partial-date';
import { playbackSpan } from '../../lib/playback';

export interface Preset {
  from: string | null;
  to: string | null;
  /** The years it names, "2021" or "2019–2020"; null for all dates. */
  years: string | null;
}

// Four-digit years: a dataset's dates are plausible ones (see isPlausibleDate).
const yearOf = (day: number) => Number(dayToIso(day).slice(0, 4));
const years = (a: number, b: number): Preset => ({
  from: `${a}-01-01`,
  to: `${b}-12-31`,
  years: a === b ? `${a}` : `${a}–${b}`,
});

/**
 * The date presets: all dates, the last year of the dataset's span (its focus period, or its
 * coverage: the span playback runs over) and the two years before it, as far as the span goes.
 * For the curated record (October 2019 to December 2021): 2019–2020 and 2021, as they always
 * were. They were fixed to those: for a UCDP file of 2005–2019, "2021" showed nothing and
 * "2019–2020" half a year; it now has 2017–2018 and 2019.
 */
export function presetsFor(data: DatasetInfo): Preset[] {
  const [lo, hi] = playbackSpan(data);
  const first = yearOf(lo);
  const last = yearOf(hi);
  const out: Preset[] = [{ from: null, to: null, years: null }];
  if (last > first) out.push(years(Math.max(first, last - 2), last - 1));
  out.push(years(last, last));
  return out;
}
