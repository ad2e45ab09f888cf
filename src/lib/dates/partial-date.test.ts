import { describe, expect, it } from 'vitest';
import {
  dayOf,
  dayRange,
  dayToIso,
  isCalendarDay,
  isDateOfAnyPrecision,
  isPartialDate,
  monthIndex,
  monthKey,
  precisionOf,
} from './partial-date';
import { formatPartialDate } from './format-date';

// An independent reference: Date with setUTCFullYear, which (unlike Date.UTC) takes years 0–99 as given.
const ref = (y: number, m: number, d: number) => {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / 86_400_000);
};

describe('partial dates', () => {
  it('count days as Date does, years 0–99 and leap centuries included', () => {
    for (const [y, m, d] of [
      [1970, 1, 1],
      [2020, 2, 29],
      [1900, 3, 1],
      [2000, 2, 29],
      [20, 1, 1],
      [202, 3, 15],
      [1, 12, 31],
    ] as const) {
      expect(dayOf(y, m, d)).toBe(ref(y, m, d));
    }
    expect(dayToIso(dayOf(20, 1, 1))).toBe('0020-01-01');
    expect(dayRange('0020')).toEqual([ref(20, 1, 1), ref(20, 12, 31)]);
  });

  it('map each precision to the days it can mean', () => {
    expect(dayRange('2020-02').map(dayToIso)).toEqual(['2020-02-01', '2020-02-29']);
    expect(dayRange('2020').map(dayToIso)).toEqual(['2020-01-01', '2020-12-31']);
    expect(dayRange('2020-01-03').map(dayToIso)).toEqual(['2020-01-03', '2020-01-03']);
    // ISO week 1 of 2020 starts on Monday 30 December 2019.
    expect(dayRange('2020-W01').map(dayToIso)).toEqual(['2019-12-30', '2020-01-05']);
    expect(dayRange('2020-01-03/2020-02').map(dayToIso)).toEqual(['2020-01-03', '2020-02-29']);
    expect(['2020', '2020-01', '2020-W02', '2020-01-03', '2020-01-03/2020-01-09'].map(precisionOf)).toEqual([
      'year',
      'month',
      'week',
      'day',
      'range',
    ]);
  });

  it('check shapes and calendar days', () => {
    expect(isCalendarDay('2021-02-29')).toBe(false);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isPartialDate('2020-13')).toBe(false);
    expect(isDateOfAnyPrecision('2020-W53')).toBe(true);
    expect(isDateOfAnyPrecision('2020-02-01/2020-01-01')).toBe(false);
    expect(monthKey(monthIndex('0999-12'))).toBe('0999-12');
  });

  it('format weeks and ranges as the span of days', () => {
    expect(formatPartialDate('2020-01-03/2020-01-09', 'en-GB')).toMatch(/^3\s–\s9 January 2020$/);
    expect(formatPartialDate('2020-W02', 'en-GB', true)).toMatch(/^6\s–\s12 Jan 2020$/);
    expect(formatPartialDate('0020-03', 'en-GB')).toBe('March 20');
  });
});

describe('stepDay', () => {
  it('steps by day, week and month, clamping to the end of a shorter month', async () => {
    const { stepDay, isoToDay: d } = await import('./partial-date');
    expect(dayToIso(stepDay(d('2020-01-31'), 'month', 1))).toBe('2020-02-29');
    expect(dayToIso(stepDay(d('2020-03-31'), 'month', -1))).toBe('2020-02-29');
    expect(dayToIso(stepDay(d('2019-12-15'), 'month', 1))).toBe('2020-01-15');
    expect(dayToIso(stepDay(d('2020-01-01'), 'week', -1))).toBe('2019-12-25');
    expect(dayToIso(stepDay(d('2020-01-01'), 'day', 1))).toBe('2020-01-02');
  });
});

describe('monthOfDay', () => {
  it('agrees with the calendar, day by day, over four centuries and leap years', async () => {
    const { monthOfDay, dayToIso: iso, monthIndex: mi } = await import('./partial-date');
    for (let d = dayOf(1899, 12, 1); d <= dayOf(2101, 3, 1); d += 1) expect(monthOfDay(d)).toBe(mi(iso(d)));
    expect(monthOfDay(dayOf(20, 2, 29))).toBe(20 * 12 + 1);
  });
});
