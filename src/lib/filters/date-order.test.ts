import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { synthesize } from '../../../scripts/synth-lib';
import { datasetSchema, type Dataset, type DrawdownEvent } from '../dataset/schema';
import { buildIndex } from '../dataset/indexes';
import { dayRange, monthKey, monthOfDay } from '../dates/partial-date';
import { filterEvents, type EventFilters } from './filter-events';
import { countByProvince, monthlyBuckets, tallyRows } from './aggregate';

/**
 * The index keeps events and columns in date order and the filters return typed rows. These
 * tests recount, straight from the events as the file gives them, what the filters and
 * aggregations say: on the bundled data and on a synthetic file with month- and year-precision
 * dates and the curated disputes.
 */
const none: EventFilters = { from: null, to: null, provinces: [], types: [], bases: [], text: '' };
const cases: Partial<EventFilters>[] = [
  {},
  { provinces: ['IQ-AN', 'IQ-BG'] },
  { types: ['attack'] },
  { from: '2020-01-01', to: '2020-03-31' },
  { from: '2020-02', to: '2021', types: ['attack', 'handover'], provinces: ['IQ-SD'] },
];

/** The events passing `f`, by the rule the filter documents, in date order (ties: file order). */
function naive(events: readonly DrawdownEvent[], f: EventFilters): DrawdownEvent[] {
  const lo = f.from ? dayRange(f.from)[0] : -Infinity;
  const hi = f.to ? dayRange(f.to)[1] : Infinity;
  return events
    .map((e, file) => ({ e, file, range: dayRange(e.date) }))
    .filter(({ range }) => range[1] >= lo && range[0] <= hi)
    .filter(({ e }) => !f.provinces.length || (e.province !== undefined && f.provinces.includes(e.province)))
    .filter(({ e }) => !f.types.length || f.types.includes(e.type))
    .sort((a, b) => a.range[0] - b.range[0] || a.file - b.file)
    .map(({ e }) => e);
}

function check(data: Dataset) {
  const index = buildIndex(data);
  for (const c of cases) {
    const f = { ...none, ...c };
    const rows = filterEvents(index, f);
    const expected = naive(data.events, f);
    expect(Array.from(rows, (i) => index.events.get(i).id)).toEqual(expected.map((e) => e.id));
    // Per governorate, counted from the events.
    const byProvince = new Map<string, number>();
    for (const e of expected)
      if (e.province) byProvince.set(e.province, (byProvince.get(e.province) ?? 0) + 1);
    expect(countByProvince(index, rows)).toEqual(byProvince);
    // Attacks certainly in a month: an attack whose date lies within one month.
    const certain = new Map<string, number>();
    for (const e of expected) {
      const [a, b] = dayRange(e.date);
      if (e.type !== 'attack' || e.date.length === 4 || monthOfDay(a) !== monthOfDay(b)) continue;
      const m = monthKey(monthOfDay(a));
      certain.set(m, (certain.get(m) ?? 0) + (e.figures?.attacks ?? 1));
    }
    const { buckets } = monthlyBuckets(tallyRows(index, rows), { first: '2019-10', last: '2021-12' });
    expect(new Map(buckets.filter((b) => b.attacks > 0).map((b) => [b.month, b.attacks]))).toEqual(certain);
  }
}

describe('filters and counts over date-ordered columns', () => {
  it('match a recount from the events on the bundled data', () => {
    const { data } = bundled();
    check(data);
  });

  it('match a recount on a synthetic file with precision bands and disputes, out of date order', () => {
    const data = datasetSchema.parse(synthesize(bundled().data, 20_000, 9));
    expect(data.disputes.length).toBeGreaterThan(0);
    expect(new Set(data.events.map((e) => e.date.length))).toEqual(new Set([4, 7, 10]));
    // The file is not in date order, so the index had to put it there.
    expect(
      data.events.some((e, i) => i > 0 && dayRange(e.date)[0] < dayRange(data.events[i - 1]!.date)[0]),
    ).toBe(true);
    check(data);
  });
});
