import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../../../tests/support/months';
import { axisTicks, monthTicks } from './axis';
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
