/**
 * The one home of Drawdown's date rules. A date keeps the precision its source gives, and
 * its format says which: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, an ISO week `YYYY-Www`, or an
 * explicit range `A/B` of two of those (UCDP's date_start–date_end). Every date maps to the
 * span of days it can mean; filters, charts and axes work on that span.
 * Days are counted from 1970-01-01 (UTC); arithmetic, not Date parsing, where it runs per record.
 */

const DAY = 86_400_000;

/** A single partial date: year, month or day (the format of the curated dataset). */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A full calendar day's shape (the URL's `from`, `to` and `at`). */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const WEEK = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;

export type Precision = 'year' | 'month' | 'week' | 'day' | 'range';

/** Whether `s` has the shape of a partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const isPartialDateShape = (s: string): boolean => PARTIAL_DATE.test(s);

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** Whether a `YYYY-MM-DD` string is a real calendar day (rejects 2021-02-30). */
export function isCalendarDay(s: string): boolean {
  if (s.length !== 10 || !DAY_PATTERN.test(s)) return false;
  return Number(s.slice(8, 10)) <= daysIn(Number(s.slice(0, 4)), Number(s.slice(5, 7)));
}

/** A valid partial date: the right shape and, for a full date, a real day. */
export const isPartialDate = (s: string): boolean =>
  isPartialDateShape(s) && (s.length < 10 || isCalendarDay(s));

/** A valid date of any precision Drawdown keeps, a week or a range included. */
export function isDateOfAnyPrecision(s: string): boolean {
  const slash = s.indexOf('/');
  if (slash < 0) return isPartialDate(s) || WEEK.test(s);
  const a = s.slice(0, slash);
  const b = s.slice(slash + 1);
  return isPartialDate(a) && isPartialDate(b) && dayRange(a)[0] <= dayRange(b)[1];
}

export function precisionOf(date: string): Precision {
  if (date.includes('/')) return 'range';
  if (date.includes('W')) return 'week';
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/**
 * Days since 1970-01-01 of a calendar day. Arithmetic rather than Date.UTC, which reads
 * years 0–99 as 1900–1999 (days-from-civil, after H. Hinnant).
 */
export function dayOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** First and last day (days since 1970-01-01, UTC) that a date of any precision can mean. */
export function dayRange(date: string): [number, number] {
  const slash = date.indexOf('/');
  if (slash >= 0) return [dayRange(date.slice(0, slash))[0], dayRange(date.slice(slash + 1))[1]];
  const week = WEEK.exec(date);
  if (week) {
    // ISO week 1 holds the year's first Thursday; weeks start on Monday.
    const jan4 = dayOf(Number(week[1]), 1, 4);
    const monday = jan4 - ((((jan4 + 3) % 7) + 7) % 7) + (Number(week[2]) - 1) * 7;
    return [monday, monday + 6];
  }
  const y = Number(date.slice(0, 4));
  if (date.length === 4) return [dayOf(y, 1, 1), dayOf(y, 12, 31)];
  const m = Number(date.slice(5, 7));
  if (date.length === 7) return [dayOf(y, m, 1), dayOf(y, m, daysIn(y, m))];
  const t = dayOf(y, m, Number(date.slice(8, 10)));
  return [t, t];
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The calendar day of a day number, `YYYY-MM-DD` (years 0–9999). */
export function dayToIso(day: number): string {
  const d = new Date(day * DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** The first day a date can mean. */
export const isoToDay = (iso: string): number => dayRange(iso)[0];

/** Months since year 0 (year * 12 + month - 1) of a `YYYY-MM` or `YYYY-MM-DD` date. */
export const monthIndex = (date: string): number =>
  Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/**
 * The month of a day number, as a month index: arithmetic (civil-from-days, after H. Hinnant),
 * no Date or string, as the index runs it twice per event of a 100,000-event file.
 */
export function monthOfDay(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 12 + m - 1;
}

/** The `YYYY-MM` of a month index. */
export const monthKey = (n: number): string => `${pad(Math.floor(n / 12), 4)}-${pad((n % 12) + 1, 2)}`;

/** First and last day of a "YYYY-MM" month as ISO dates. */
export function monthRange(month: string): [string, string] {
  const [a, b] = dayRange(month);
  return [dayToIso(a), dayToIso(b)];
}

/** Whether any day of a month falls between two days. */
export function monthInRange(month: string, lo: number, hi: number): boolean {
  const [a, b] = dayRange(month);
  return b >= lo && a <= hi;
}

/** Where a dated point sits on a time axis: the middle of the span its precision allows. */
export function plotDay(date: string): number {
  const [a, b] = dayRange(date);
  return Math.floor((a + b) / 2);
}

/** Today as a day number (UTC). */
export const today = (): number => Math.floor(Date.now() / DAY);

/** The earliest year a record or a link may name: a year like 0202 is a typo, not history. */
export const FIRST_PLAUSIBLE_YEAR = 1900;

/**
 * Whether a date falls between 1900 and a year from today. One such typo (`0202-03`) once
 * stretched the attack chart back to the year 202 and hid every real attack.
 */
export function isPlausibleDate(date: string): boolean {
  const [a, b] = dayRange(date);
  return a >= dayOf(FIRST_PLAUSIBLE_YEAR, 1, 1) && b <= today() + 366;
}

export type StepUnit = 'day' | 'week' | 'month';

/**
 * A day moved by `n` steps of a unit. A month keeps the day of the month where it can and
 * takes the month's last day where it cannot (31 January + 1 month = 29 February 2020).
 */
export function stepDay(day: number, unit: StepUnit, n: number): number {
  if (unit === 'day') return day + n;
  if (unit === 'week') return day + 7 * n;
  const iso = dayToIso(day);
  const m = monthIndex(iso) + n;
  const y = Math.floor(m / 12);
  const mo = (m % 12) + 1;
  return dayOf(y, mo, Math.min(Number(iso.slice(8, 10)), daysIn(y, mo)));
}
