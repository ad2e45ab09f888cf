import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { baseStatusAt, countByProvince, monthlyBuckets, statusesFrom, tallyRows } from './aggregate';
import { monthsBetween } from '../../../tests/support/months';
import { filterEvents } from './filter-events';
import { tallyWithoutRows } from './filter-tally';
import { dayRange, dayToIso, isoToDay } from '../dates/partial-date';
import { buildIndex } from '../dataset/indexes';
import { synthesize } from '../../../scripts/synth-lib';

const { data, index } = bundled();
const all = Int32Array.from({ length: index.events.length }, (_, i) => i);
const span = { first: '2019-10', last: '2021-12' };

describe('monthlyBuckets of tallyRows', () => {
  it('covers every month of the span, with zero for months without attacks', () => {
    const { buckets } = monthlyBuckets(tallyRows(index, all), span);
    expect(buckets.map((b) => b.month)).toEqual(monthsBetween('2019-10', '2021-12'));
    expect(buckets).toHaveLength(27);
    expect(buckets.find((b) => b.month === '2020-06')).toMatchObject({ attacks: 0, rockets: 0 });
  });

  it('counts the attacks an event reports and the rockets where known', () => {
    const byMonth = Object.fromEntries(
      monthlyBuckets(tallyRows(index, all), span).buckets.map((b) => [b.month, b]),
    );
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
    const total = monthlyBuckets(tallyRows(index, anbar), span).buckets.reduce((s, b) => s + b.attacks, 0);
    expect(total).toBe(2);
  });
});

describe('monthlyBuckets of tallyRows on a large synthetic file', () => {
  it("gives what counting each event in turn gives, for the whole file and for a filtered part, from its rows and from each governorate's tally", () => {
    const synth = synthesize(data, 20_000, 3);
    // Some dates spanning months: a range, a week across a month's end, and one too vague to place.
    const spans = ['2020-03/2020-05', '2020-W05', '2018/2020'];
    const big = {
      ...synth,
      events: synth.events.map((e, k) => (k % 40 < 3 ? { ...e, date: spans[k % 40]! } : e)),
    };
    const idx = buildIndex(big);
    const monthOf = (day: number) => dayToIso(day).slice(0, 7);
    for (const provinces of [[], ['IQ-AN', 'IQ-BG']]) {
      const f = { from: null, to: null, provinces, types: [], bases: [], text: '' };
      const rows = filterEvents(idx, f);
      // Read from the events themselves: their dates, figures and types.
      const want = new Map<
        string,
        { attacks: number; possible: number; rockets: number; rocketsKnown: number }
      >();
      const at = (m: string) => {
        if (!want.has(m)) want.set(m, { attacks: 0, possible: 0, rockets: 0, rocketsKnown: 0 });
        return want.get(m)!;
      };
      let unplaced = 0;
      let first = span.first;
      let last = span.last;
      for (const i of rows) {
        const e = idx.events.get(i);
        if (e.type !== 'attack') continue;
        const n = e.figures?.attacks ?? 1;
        const [a, b] = dayRange(e.date);
        const [m0, m1] = [monthOf(a), monthOf(b)];
        const spread =
          (Number(m1.slice(0, 4)) - Number(m0.slice(0, 4))) * 12 + Number(m1.slice(5)) - Number(m0.slice(5));
        if (e.date.length === 4 || spread >= 24) {
          unplaced += n;
          continue;
        }
        if (m0 < first) first = m0;
        if (m1 > last) last = m1;
        if (m0 !== m1) {
          for (const m of monthsBetween(m0, m1)) at(m).possible += n;
          continue;
        }
        at(m0).attacks += n;
        if (e.figures?.rockets !== undefined) {
          at(m0).rockets += e.figures.rockets;
          at(m0).rocketsKnown += 1;
        }
      }
      // From the rows, and summed from the governorates' tallies without finding the rows.
      const withoutRows = tallyWithoutRows(idx, f);
      expect(withoutRows).not.toBeNull();
      for (const got of [monthlyBuckets(tallyRows(idx, rows), span), monthlyBuckets(withoutRows!, span)]) {
        expect(got.unplaced).toBe(unplaced);
        expect(got.buckets[0]!.month).toBe(first);
        expect(got.buckets.at(-1)!.month).toBe(last);
        const nonZero = got.buckets.filter((b) => b.attacks || b.possible || b.rockets || b.rocketsKnown);
        expect(Object.fromEntries(nonZero.map(({ month, ...rest }) => [month, rest]))).toEqual(
          Object.fromEntries(want),
        );
        expect(nonZero.length).toBeGreaterThan(12);
        expect(nonZero.some((b) => b.possible > 0)).toBe(true);
        expect(got.unplaced).toBeGreaterThan(0);
      }
    }
  });
});

describe('countByProvince', () => {
  it('counts events per governorate', () => {
    const c = countByProvince(index, all);
    expect(c.get('IQ-AN')).toBe(data.events.filter((e) => e.province === 'IQ-AN').length);
    expect(c.get('IQ-BA')).toBeUndefined();
  });

  it('counts every event of a large file, read from its postings, as counting each gives', () => {
    const idx = buildIndex(synthesize(data, 20_000, 5));
    const every = filterEvents(idx, { from: null, to: null, provinces: [], types: [], bases: [], text: '' });
    expect(every).toBe(idx.all);
    const want = new Map<string, number>();
    for (let i = 0; i < idx.events.length; i++) {
      const p = idx.events.get(i).province;
      if (p) want.set(p, (want.get(p) ?? 0) + 1);
    }
    const got = countByProvince(idx, every);
    expect(got).toEqual(want);
    expect(got.size).toBeGreaterThan(10);
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
  it("is unknown before the record's first troop figure, which the record's data gives", () => {
    // Read from the file: its earliest troop level, December 2017.
    const first = [...data.troopLevels].map((l) => l.date).sort()[0]!;
    expect(first).toBe('2017-12');
    const from = statusesFrom(data.troopLevels);
    expect(from).toEqual({ date: first, day: isoToDay('2017-12-01') });
    expect(baseStatusAt(victory, isoToDay('2013-06-01'), from!.day)).toBe('unknown');
    expect(baseStatusAt(victory, isoToDay('2017-11-30'), from!.day)).toBe('unknown');
    expect(baseStatusAt(victory, isoToDay('2017-12-01'), from!.day)).toBe('present');
    expect(baseStatusAt(taji, isoToDay('2020-08-23'), from!.day)).toBe('handedOver');
    expect(statusesFrom([])).toBeNull();
  });
});
