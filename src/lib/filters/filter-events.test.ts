import { describe, expect, it, vi } from 'vitest';
import { bundled } from '../../test/render';
import { filterEvents, findSearch, searchFound, type EventFilters } from './filter-events';
import { viaWorker } from '../../test/via-worker';
import { buildIndex } from '../dataset/indexes';
import { dayRange } from '../dates/partial-date';
import { synthesize } from '../../../scripts/synth-lib';

const none: EventFilters = { from: null, to: null, provinces: [], types: [], bases: [], text: '' };
const { index } = bundled();
const ids = (f: Partial<EventFilters>) =>
  Array.from(filterEvents(index, { ...none, ...f }), (i) => index.events.get(i).id);

describe('filterEvents', () => {
  it('returns every event with no filter', () => {
    expect(ids({})).toHaveLength(index.events.length);
  });

  describe('date precision', () => {
    it('keeps a month-dated event when the range touches any day of that month', () => {
      expect(ids({ from: '2020-03-31', to: '2020-03-31' })).toContain('2020-03-taji-attacks');
      expect(ids({ from: '2020-02-01', to: '2020-03-01' })).toContain('2020-03-taji-attacks');
    });
    it('drops a month-dated event when the range ends the day before the month', () => {
      expect(ids({ from: '2020-02-01', to: '2020-02-29' })).not.toContain('2020-03-taji-attacks');
      expect(ids({ from: '2020-04-01' })).not.toContain('2020-03-taji-attacks');
    });
    it('treats a year-dated event as the whole year', () => {
      expect(ids({ from: '2021-12-31' })).toContain('2021-equipment-shipments');
      expect(ids({ to: '2021-01-01' })).toContain('2021-equipment-shipments');
      expect(ids({ to: '2020-12-31' })).not.toContain('2021-equipment-shipments');
    });
    it('matches a day-dated event only on its day', () => {
      const day = ids({ from: '2020-08-23', to: '2020-08-23' });
      expect(day).toContain('2020-08-23-taji-handover');
      expect(day).not.toContain('2020-08-20-trump-kadhimi');
      expect(day).toContain('2020-08-pmu-threat'); // month precision: August contains the 23rd
    });
  });

  it('filters by governorate (several are OR-ed)', () => {
    const anbar = ids({ provinces: ['IQ-AN'] });
    expect(anbar.length).toBeGreaterThan(0);
    expect(anbar.every((id) => index.events.get(index.eventById.get(id)!).province === 'IQ-AN')).toBe(true);
    const both = ids({ provinces: ['IQ-AN', 'IQ-KI'] });
    expect(both.length).toBe(anbar.length + ids({ provinces: ['IQ-KI'] }).length);
  });

  it('filters by event type and by base', () => {
    expect(ids({ types: ['attack'] })).toEqual([
      '2019-12-k1-rocket-attack',
      '2020-01-iran-attack-ain-al-asad',
      '2020-03-taji-attacks',
      '2021-03-attack-ain-al-asad',
    ]);
    expect(ids({ bases: ['taji'] })).toEqual(['2020-03-taji-attacks', '2020-08-23-taji-handover']);
  });

  it('searches text in either script, forgiving Arabic spelling', () => {
    expect(ids({ text: 'Soleimani' })).toContain('2020-01-03-soleimani-killed');
    expect(ids({ text: 'سليماني' })).toContain('2020-01-03-soleimani-killed');
    expect(ids({ text: 'عين الاسد' })).toEqual([
      '2020-01-iran-attack-ain-al-asad',
      '2021-03-attack-ain-al-asad',
    ]);
    expect(ids({ text: 'no such thing anywhere' })).toEqual([]);
  });

  it('combines facets with AND', () => {
    expect(ids({ provinces: ['IQ-AN'], types: ['attack'], from: '2021-01-01' })).toEqual([
      '2021-03-attack-ain-al-asad',
    ]);
  });

  it('returns rows in date order even when the file is not in date order', () => {
    const { data } = bundled();
    const shuffled = { ...data, events: [...data.events].reverse() };
    const idx = buildIndex(shuffled);
    const rows = filterEvents(idx, none);
    const starts = Array.from(rows, (i) => idx.start[i]!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(idx.events.get(rows[0]!).id).toBe('2003-us-invasion');
  });

  it('can leave a facet out for a view that shows it whole', () => {
    const f = { ...none, from: '2021-01-01', to: '2021-01-31', types: ['attack'] };
    expect(filterEvents(index, f)).toHaveLength(0);
    expect(filterEvents(index, f, ['date'])).toHaveLength(4);
  });

  it('gives, on a large synthetic file, exactly the events that match when each is read in turn', () => {
    const data = synthesize(bundled().data, 30_000, 7);
    const big = buildIndex(data);
    const pick = <T>(xs: readonly T[], k: number, seed: number) =>
      xs.filter((_, i) => (i * 7 + seed) % xs.length < k);
    const provinces = Object.keys(data.provinces);
    const types = [...new Set(data.events.map((e) => e.type))];
    const bases = data.bases.map((b) => b.id);
    const ranges: [string | null, string | null][] = [
      [null, null],
      ['2020-01-01', '2020-06-30'],
      ['2020-03', null],
      [null, '2019-12-31'],
      ['2021-02-14', '2021-02-14'],
    ];
    let checked = 0;
    for (const [r, [from, to]] of ranges.entries())
      for (const k of [0, 1, 3]) {
        const f: EventFilters = {
          ...none,
          from,
          to,
          provinces: pick(provinces, k, r),
          types: pick(types, k === 3 ? 1 : k, r + 1),
          bases: k === 1 ? pick(bases, 2, r) : [],
        };
        const lo = from ? dayRange(from)[0] : -Infinity;
        const hi = to ? dayRange(to)[1] : Infinity;
        const expected = data.events.filter((e) => {
          const [s, t] = dayRange(e.date);
          return (
            t >= lo &&
            s <= hi &&
            (!f.provinces.length || f.provinces.includes(e.province ?? '')) &&
            (!f.types.length || f.types.includes(e.type)) &&
            (!f.bases.length || f.bases.includes(e.base ?? ''))
          );
        });
        const rows = filterEvents(big, f);
        expect(rows.length).toBe(expected.length);
        expect(new Set(Array.from(rows, (i) => big.events.get(i).id))).toEqual(
          new Set(expected.map((e) => e.id)),
        );
        const starts = Array.from(rows, (i) => big.start[i]!);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        if (expected.length) checked++;
      }
    expect(checked).toBeGreaterThan(8);
  });
});

describe('a search found a slice at a time', () => {
  // Packed as the worker sends a large file, so the search reads chunks of bytes.
  const data = synthesize(bundled().data, 8_000, 11);
  const words = ['rocket', 'attack baghdad', 'asad'];

  it('gives the rows a search in one go gives, then filters without searching again', async () => {
    const sliced = viaWorker(data);
    const whole = viaWorker(data);
    for (const text of words) {
      expect(searchFound(sliced, text)).toBe(false);
      await findSearch(sliced, text);
      expect(searchFound(sliced, text)).toBe(true);
      const rows = filterEvents(sliced, { ...none, text });
      expect([...rows], text).toEqual([...filterEvents(whole, { ...none, text })]);
      // Counted in the file itself: each event whose title or summary names the word.
      if (text === 'asad')
        expect(rows.length).toBeGreaterThanOrEqual(
          data.events.filter((e) => /asad/i.test(e.title.en + e.summary.en)).length,
        );
    }
    expect(searchFound(sliced, '')).toBe(true);
  });

  it('stops a search when a newer one starts, keeping only what was found', async () => {
    const index = viaWorker(data);
    // Each look at the clock is 20 ms later: every chunk of text is a slice of its own.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 20));
    try {
      const older = findSearch(index, 'rocket');
      const newer = findSearch(index, 'attack');
      expect(findSearch(index, 'attack')).toBe(newer);
      await Promise.all([older, newer]);
    } finally {
      clock.mockRestore();
    }
    expect(searchFound(index, 'attack')).toBe(true);
    expect(searchFound(index, 'rocket')).toBe(false);
    // Found later, it is the same as found in one go.
    await findSearch(index, 'rocket');
    expect([...filterEvents(index, { ...none, text: 'rocket' })]).toEqual([
      ...filterEvents(viaWorker(data), { ...none, text: 'rocket' }),
    ]);
  });
});
