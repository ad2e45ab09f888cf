/** The date forms of the source exports, read into Drawdown's partial dates and ranges. */
import { dayRange, dayToIso, isCalendarDay } from '../dates/partial-date';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A day as an export writes it: `2019-12-27`, `2014-01-24 00:00:00.000` (UCDP), or
 * `27 December 2019` / `27-Dec-2019` (older ACLED). Null when it is not a real day.
 */
export function readDay(raw: string): string | null {
  const s = raw.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[ T][\d:.]+Z?)?$/.exec(s);
  if (iso) return isCalendarDay(iso[1]!) ? iso[1]! : null;
  const words = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(s);
  if (words) {
    const m = MONTHS.findIndex((n) => n.startsWith(words[2]!.toLowerCase()) && words[2]!.length >= 3);
    if (m < 0) return null;
    const day = `${words[3]}-${String(m + 1).padStart(2, '0')}-${words[1]!.padStart(2, '0')}`;
    return isCalendarDay(day) ? day : null;
  }
  return null;
}

/** The seven days centred on a day: ACLED's "within a week" of the date it gives. */
export function weekAround(day: string): string {
  const d = dayRange(day)[0];
  return `${dayToIso(d - 3)}/${dayToIso(d + 3)}`;
}
