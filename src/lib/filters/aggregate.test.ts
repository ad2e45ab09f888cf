import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { baseStatusAt, countByProvince, monthlyAttacks } from './aggregate';
import { monthsBetween } from '../../../tests/support/months';
import { filterEvents } from './filter-events';
import { isoToDay } from '../dates/partial-date';

const { data, index } = bundled();
const all = Int32Array.from(index.events, (_, i) => i);
const span = { first: '2019-10', last: '2021-12' };

describe('monthlyAttacks', () => {
  it('covers every month of the span, with zero for months without attacks', () => {
    const { buckets } = monthlyAttacks(index, all, span);
    expect(buckets.map((b) => b.month)).toEqual(monthsBetween('2019-10', '2021-12'));
    expect(buckets).toHaveLength(27);
    expect(buckets.find((b) => b.month === '2020-06')).toMatchObject({ attacks: 0, rockets: 0 });
  });

  it('counts the attacks an event reports and the rockets where known', () => {
    const byMonth = Object.fromEntries(monthlyAttacks(index, all, span).buckets.map((b) => [b.month, b]));
    expect(byMonth['2019-12']).toMatchObject({ attacks: 1, rockets: 30, rocketsKnown: 1 });
    expect(byMonth['2020-03']).toMatchObject({ attacks: 2, rockets: 0, rocketsKnown: 0 });
    expect(byMonth['2020-01']!.attacks).toBe(1);
    expect(byMonth['2021-03']!.attacks).toBe(1);
  });

  it('follows the rows it is given', () => {
    const anbar = filterEvents(index, {
      from: null,
      to: null,
      provinces: ['IQ-AN'],
      types: [],
      bases: [],
      text: '',
    });
    const total = monthlyAttacks(index, anbar, span).buckets.reduce((s, b) => s + b.attacks, 0);
    expect(total).toBe(2);
  });
});

describe('countByProvince', () => {
  it('counts events per governorate', () => {
    const c = countByProvince(index, all);
    expect(c.get('IQ-AN')).toBe(data.events.filter((e) => e.province === 'IQ-AN').length);
    expect(c.get('IQ-BA')).toBeUndefined();
  });
});

describe('baseStatusAt', () => {
  const taji = index.baseById.get('taji')!;
  const victory = index.baseById.get('victory')!;
  it('is handed over from the handover date on', () => {
    expect(baseStatusAt(taji, isoToDay('2020-08-22'))).toBe('present');
    expect(baseStatusAt(taji, isoToDay('2020-08-23'))).toBe('handedOver');
  });
  it('is present for a base with no handover in the sources', () => {
    expect(baseStatusAt(victory, isoToDay('2021-12-31'))).toBe('present');
  });
});
