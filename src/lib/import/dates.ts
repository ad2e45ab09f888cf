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
 * Which of a numeric date's first two numbers is the day: a file saved from a spreadsheet
 * writes its dates as the spreadsheet's locale does (`08/01/2020` in London, `1/8/2020` in
 * New York, `08.01.2020` in Berlin), and only the file as a whole can tell which.
 */
export type DayOrder = 'dmy' | 'mdy';

/** What a file's first rows show of its numeric dates (see dayOrderIn). */
export interface DayOrderSeen {
  order: DayOrder;
  /** The first date that settles it, as written: a real day read one way only. */
  seen: string;
}

/** A day written as numbers, day and month in an order of the file's: `08/01/2020 00:00`. */
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
/** The same, year first (`2020/1/8`): never ambiguous. */
const YEAR_FIRST = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
/** Numeric dates as cells of a CSV's text: after a delimiter, a quote or a line's start. */
const IN_TEXT = /(?:^|[,;\t"])((\d{1,2})([/.-])(\d{1,2})\3(\d{4}))(?=[,;\t"\r\n]|[ T]\d{1,2}:|$)/gm;

/**
 * The order of day and month in a file's numeric dates, from a sample of its text (its
 * beginning): settled by a date that is a real day read one way only (`30/01/2020`, day
 * first; `1/30/2020`, month first). Null when none is, or when both kinds are (the file mixes
 * the two).
 */
export function dayOrderIn(sample: string): DayOrderSeen | null {
  let dmy: string | null = null;
  let mdy: string | null = null;
  for (const [, date, a, , b, year] of sample.matchAll(IN_TEXT)) {
    const asDmy = dayOf(year!, b!, a!) !== null;
    const asMdy = dayOf(year!, a!, b!) !== null;
    if (asDmy && !asMdy) dmy ??= date!;
    else if (asMdy && !asDmy) mdy ??= date!;
    if (dmy && mdy) return null;
  }
  if (dmy) return { order: 'dmy', seen: dmy };
  return mdy ? { order: 'mdy', seen: mdy } : null;
}

/**
 * Whether a date cell that was not read is numbers whose order of day and month the file did
 * not settle (`order` null): set aside as that, apart from what is no date at all.
 */
export const orderUnsettled = (raw: string, order: DayOrder | null | undefined): boolean =>
  !order && NUMERIC.test(raw.trim());

/** The ISO day of year, month and day as written, or null when it is not a real day. */
function dayOf(year: string, month: string, day: string): string | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDay(iso) ? iso : null;
}

/**
 * A day as an export writes it: `2019-12-27`, `2014-01-24 00:00:00.000` (UCDP), or
 * `27 December 2019` / `27-Dec-2019` (older ACLED); as a spreadsheet saved it, `2019/12/27`,
 * or `27/12/2019` when the file's order of day and month is known (`order`). Null when it is
 * not a real day, or is numbers in an order not known.
 */
export function readDay(raw: string, order: DayOrder | null = null): string | null {
  const s = raw.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[ T][\d:.]+Z?)?$/.exec(s);
  if (iso) return isCalendarDay(iso[1]!) ? iso[1]! : null;
  const words = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(s);
  if (words) {
    const m = MONTHS.findIndex((n) => n.startsWith(words[2]!.toLowerCase()) && words[2]!.length >= 3);
    if (m < 0) return null;
    return dayOf(words[3]!, String(m + 1), words[1]!);
  }
  const yearFirst = YEAR_FIRST.exec(s);
  if (yearFirst) return dayOf(yearFirst[1]!, yearFirst[3]!, yearFirst[4]!);
  const numeric = order ? NUMERIC.exec(s) : null;
  if (numeric)
    return order === 'dmy'
      ? dayOf(numeric[4]!, numeric[3]!, numeric[1]!)
      : dayOf(numeric[4]!, numeric[1]!, numeric[3]!);
  return null;
}

/** The seven days centred on a day: ACLED's "within a week" of the date it gives. */
export function weekAround(day: string): string {
  const d = dayRange(day)[0];
  return `${dayToIso(d - 3)}/${dayToIso(d + 3)}`;
}
