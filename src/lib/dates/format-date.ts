import { dayRange, precisionOf, type Precision } from './partial-date';

const DAY = 86_400_000;

const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(locale: string, precision: 'year' | 'month' | 'day', short: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${short}`;
  let f = cache.get(key);
  if (!f) {
    const month = short ? 'short' : 'long';
    const opts: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric' }
        : precision === 'month'
          ? { year: 'numeric', month }
          : { year: 'numeric', month, day: 'numeric' };
    f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/** The coarsest unit both ends of a span are given at: a range is written at its ends' precision. */
const rangeUnit = (p: Precision, date: string): 'year' | 'month' | 'day' => {
  if (p === 'year' || p === 'month' || p === 'day') return p;
  if (p === 'week') return 'day';
  const [a = '', b = ''] = date.split('/');
  return a.length === 4 && b.length === 4 ? 'year' : a.length <= 7 && b.length <= 7 ? 'month' : 'day';
};

/**
 * Formats a date at its own precision: "2020-03" → "March 2020" / "آذار ٢٠٢٠"; a week or a
 * range as the span of days it can mean ("6 – 12 January 2020"), through Intl's formatRange.
 */
export function formatPartialDate(date: string, locale: string, short = false): string {
  // Dates repeat (a month per tick and per table row, redrawn on every filter change) and Intl
  // formatting is slow: each answer is kept, up to a bound.
  const key = `${locale}|${short ? 's' : 'l'}|${date}`;
  const had = formatted.get(key);
  if (had !== undefined) return had;
  if (formatted.size >= 20_000) formatted.clear();
  const out = format(date, locale, short);
  formatted.set(key, out);
  return out;
}

const formatted = new Map<string, string>();

function format(date: string, locale: string, short: boolean): string {
  const p = precisionOf(date);
  const f = dtf(locale, rangeUnit(p, date), short);
  const [a, b] = dayRange(date);
  if (p === 'week' || p === 'range') return a === b ? f.format(a * DAY) : f.formatRange(a * DAY, b * DAY);
  return f.format(a * DAY);
}
