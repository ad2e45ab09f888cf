import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { rowEvent, rowSource, sortRows, type SortKey } from './sort-rows';
import { filterEvents } from './filter-events';
import type { DrawdownEvent } from '../dataset/schema';

const { data, index } = bundled();
const all = filterEvents(index, { from: null, to: null, provinces: [], types: [], bases: [], text: '' });
const label = (k: 'type' | 'governorate' | 'base', v: string) =>
  k === 'type'
    ? v
    : k === 'governorate'
      ? data.provinces[v]?.name.en || ''
      : index.baseById.get(v)?.name.en || '';
const title = (e: DrawdownEvent) => e.title.en;
/** An event's label, read from the event itself (not through the codes sortRows uses). */
const labelOf = (e: DrawdownEvent, k: 'governorate') => (e.province ? label(k, e.province) : '');
const sort = (key: SortKey, desc: boolean) =>
  Array.from(sortRows([{ index, rows: all }], key, desc, label, title, 'en'), rowEvent);
const ids = (rows: number[]) => rows.map((i) => index.events.get(i).id);

describe('sortRows', () => {
  it('sorts by date either way', () => {
    const asc = ids(sort('date', false));
    expect(asc[0]).toBe('2003-us-invasion');
    expect(asc.at(-1)).toBe('2021-12-09-end-of-combat-mission');
    expect(ids(sort('date', true))[0]).toBe('2021-12-09-end-of-combat-mission');
  });

  it('sorts a categorical column by label, empty cells last, ties by date', () => {
    const rows = sort('governorate', false);
    const govs = rows.map((i) => labelOf(index.events.get(i), 'governorate'));
    const filled = govs.filter(Boolean);
    expect(filled).toEqual([...filled].sort());
    expect(govs.slice(filled.length).every((g) => g === '')).toBe(true);
    const anbar = rows.filter((i) => index.events.get(i).province === 'IQ-AN').map((i) => index.start[i]!);
    expect(anbar).toEqual([...anbar].sort((a, b) => a - b));
    const desc = sort('governorate', true).map((i) => labelOf(index.events.get(i), 'governorate'));
    expect(desc[0]).toBe('Nineveh');
    expect(desc.at(-1)).toBe('');
  });

  it('sorts figures numerically with missing values last', () => {
    const killed = sort('killed', true).map((i) => index.events.get(i).figures?.killed);
    expect(killed.slice(0, 3)).toEqual([25, 6, 2]);
    expect(killed.at(-1)).toBeUndefined();
  });

  it('sorts titles by collation in the given locale', () => {
    const titles = sort('title', false).map((i) => index.events.get(i).title.en);
    expect(titles[0]).toBe('Al-Qaim base handed to the Iraqi army');
  });
});

describe('sortRows across layers', () => {
  it('interleaves two layers by date, the first layer first on a tie', () => {
    const rows = sortRows(
      [
        { index, rows: all },
        { index, rows: all.slice(0, 5) },
      ],
      'date',
      false,
      label,
      title,
      'en',
    );
    expect(rows).toHaveLength(all.length + 5);
    const starts = Array.from(rows, (r) => index.start[rowEvent(r)]!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Each of the five events twice in a row: the first layer's copy, then the second's.
    expect(Array.from(rows.slice(0, 2), rowSource)).toEqual([0, 1]);
    expect(rowEvent(rows[0]!)).toBe(rowEvent(rows[1]!));
  });
});
