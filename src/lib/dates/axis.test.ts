import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../../../tests/support/months';
import { axisTicks, dayTicks, monthTicks } from './axis';
import { dayToIso, isoToDay } from './partial-date';
import { LANGUAGES } from '../i18n/languages';

describe('monthTicks', () => {
  const eightYears = monthsBetween('2014-01', '2021-12');
  // A y axis of 48 px before the first month, 8 px of margin after the last.
  const room = { before: 48, after: 8, text: 52 };

  it('labels every January when the years fit', () => {
    expect(monthTicks(eightYears, 745, 72, room)).toEqual([
      '2014-01',
      '2015-01',
      '2016-01',
      '2017-01',
      '2018-01',
      '2019-01',
      '2020-01',
      '2021-01',
    ]);
  });

  it('labels every other January when long (Arabic) labels do not fit yearly', () => {
    expect(monthTicks(eightYears, 745, 120, { ...room, text: 84 })).toEqual([
      '2014-01',
      '2016-01',
      '2018-01',
      '2020-01',
    ]);
  });

  it('labels quarters over a short span', () => {
    expect(monthTicks(monthsBetween('2019-10', '2021-12'), 745, 72, room)).toEqual([
      '2019-10',
      '2020-01',
      '2020-04',
      '2020-07',
      '2020-10',
      '2021-01',
      '2021-04',
      '2021-07',
      '2021-10',
    ]);
  });

  // 98 months on a 736 px chart, 680 px of plot: each month's band is under 7 px, so a label
  // centred on the last one would run ~22 px past an 8 px margin and read "Jan 202".
  const longSpan = monthsBetween('2013-12', '2022-01');

  it('leaves out a label that would run past the end of the chart', () => {
    const ticks = monthTicks(longSpan, 736, 72, room);
    expect(ticks).not.toContain('2022-01');
    expect(ticks.at(-1)).toBe('2021-01');
  });

  it('keeps a label at the start that the y axis leaves room for', () => {
    expect(monthTicks(longSpan, 736, 72, room)[0]).toBe('2014-01');
    // Without that room it would be cut too.
    expect(monthTicks(longSpan, 696, 72, { ...room, before: 8 })[0]).toBe('2015-01');
  });

  it('keeps the last label when there is room beside it (a rockets axis)', () => {
    expect(monthTicks(longSpan, 776, 72, { ...room, after: 48 }).at(-1)).toBe('2022-01');
  });
});

describe('axisTicks', () => {
  const edges = { before: 48, after: 8 };
  // A UCDP file's span: March 2005 to June 2019.
  const fifteenYears = monthsBetween('2005-03', '2019-06');

  it('labels years alone over a long span, so more of them fit (Arabic month names are long)', () => {
    const { ticks, years } = axisTicks(fifteenYears, 640, LANGUAGES.ar, edges);
    expect(years).toBe(true);
    // Month labels fitted two Januaries five years apart here; years alone fit one every two.
    expect(monthTicks(fifteenYears, 640, LANGUAGES.ar.monthLabelPx, { ...edges, text: 84 })).toHaveLength(2);
    expect(ticks).toEqual(['2006-01', '2008-01', '2010-01', '2012-01', '2014-01', '2016-01', '2018-01']);
  });

  it('never labels a year twice: year labels are a year or more apart', () => {
    // Thirty months in a narrow chart: too tight for months, labelled by year.
    const { ticks, years } = axisTicks(monthsBetween('2019-07', '2021-12'), 300, LANGUAGES.ar, edges);
    expect(years).toBe(true);
    expect(ticks).toEqual(['2020-01', '2021-01']);
  });

  it('keeps month labels while quarters or half-years fit', () => {
    const { ticks, years } = axisTicks(monthsBetween('2019-10', '2021-12'), 745, LANGUAGES.en, edges);
    expect(years).toBe(false);
    expect(ticks[1]).toBe('2020-01');
    expect(ticks[2]).toBe('2020-04');
  });
});

describe('dayTicks (the troop chart)', () => {
  // The troop chart's y axis (52 px and a 14 px margin) before the plot, 14 px after.
  const edges = { before: 66, after: 14 };
  const record: [number, number] = [isoToDay('2017-12-01'), isoToDay('2021-12-09')];
  // A file whose troop levels begin in the surge.
  const since2007: [number, number] = [isoToDay('2007-09-01'), isoToDay('2021-12-09')];
  const iso = (days: number[]) => days.map((d) => dayToIso(d));
  // Where each label is centred, measured from the chart's edge as the chart draws it.
  const centres = (days: number[], domain: [number, number], width: number) =>
    days.map(
      (d) =>
        edges.before + ((d - domain[0]) / (domain[1] - domain[0])) * (width - edges.before - edges.after),
    );

  it("labels the record's half-years where English month labels fit", () => {
    const { ticks, years } = dayTicks(record, 745, LANGUAGES.en, edges);
    expect(years).toBe(false);
    expect(iso(ticks)).toEqual([
      '2018-01-01',
      '2018-07-01',
      '2019-01-01',
      '2019-07-01',
      '2020-01-01',
      '2020-07-01',
      '2021-01-01',
      '2021-07-01',
    ]);
  });

  it('labels years where Arabic month names would touch (1280 px page)', () => {
    const { ticks, years } = dayTicks(record, 615, LANGUAGES.ar, edges);
    expect(years).toBe(true);
    expect(iso(ticks)).toEqual(['2018-01-01', '2019-01-01', '2020-01-01', '2021-01-01']);
  });

  it('never sets two labels closer than their text and a gap, over fourteen years or four', () => {
    for (const domain of [record, since2007])
      for (const width of [380, 615, 745, 1000])
        for (const lang of ['en', 'ar'] as const) {
          const w = LANGUAGES[lang];
          const { ticks, years } = dayTicks(domain, width, w, edges);
          const text = years ? w.yearTextPx : w.monthTextPx;
          const at = centres(ticks, domain, width);
          expect(ticks.length).toBeGreaterThanOrEqual(2);
          for (let k = 1; k < at.length; k++) expect(at[k]! - at[k - 1]!).toBeGreaterThanOrEqual(text + 8);
          // And none runs past the chart's edges.
          expect(at[0]! - text / 2).toBeGreaterThanOrEqual(0);
          expect(at.at(-1)! + text / 2).toBeLessThanOrEqual(width);
        }
  });
});
