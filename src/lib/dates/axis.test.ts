import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../../../tests/support/months';
import { monthTicks } from './axis';

describe('monthTicks', () => {
  const eightYears = monthsBetween('2014-01', '2021-12');

  it('labels every January when the years fit', () => {
    expect(monthTicks(eightYears, 745, 72)).toEqual([
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
    expect(monthTicks(eightYears, 745, 120)).toEqual(['2014-01', '2016-01', '2018-01', '2020-01']);
  });

  it('labels quarters over a short span', () => {
    expect(monthTicks(monthsBetween('2019-10', '2021-12'), 745, 72)).toEqual([
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
});
