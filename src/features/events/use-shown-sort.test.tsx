import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { bundled } from '../../test/render';
import { viaWorker } from '../../test/via-worker';
import { synthesize } from '../../../scripts/synth-lib';
import { filterEvents } from '../../lib/filters/filter-events';
import { prepareSort, sortNeedsColumns, sortRows, type RowSource } from '../../lib/filters/sort-rows';
import { useShownSort } from './use-shown-sort';

const none = { from: null, to: null, provinces: [], types: [], bases: [], text: '' };
const label = (_k: string, v: string) => v;
/** A layer over the size whose sort columns are made in the render. */
const large = (): RowSource[] => {
  const index = viaWorker(synthesize(bundled().data, 60_000, 5));
  return [{ index, rows: filterEvents(index, none) }];
};

afterEach(() => vi.restoreAllMocks());

describe('a large layer sorted by title or a figure for the first time', () => {
  it('shows the order before, marked as preparing, until the column is made; then the same order as made at once', async () => {
    const sources = large();
    expect(sortNeedsColumns(sources, 'title', 'en', 'en')).toBe(true);
    const { result } = renderHook(() => useShownSort(sources, { id: 'title', desc: false }, 'en', 'en'));
    expect(result.current).toEqual({
      shown: { id: 'date', desc: false, lang: 'en', locale: 'en' },
      preparing: true,
    });
    await waitFor(() => expect(result.current.preparing).toBe(false), { timeout: 20_000 });
    expect(result.current.shown).toEqual({ id: 'title', desc: false, lang: 'en', locale: 'en' });
    expect(sortNeedsColumns(sources, 'title', 'en', 'en')).toBe(false);
    // The column made in slices sorts as one made in the render, on another copy of the file.
    const again = large();
    expect(sortRows(sources, 'title', false, label, 'en', 'en')).toEqual(
      sortRows(again, 'title', false, label, 'en', 'en'),
    );
    // Another locale's ranks are made again; another language's titles are another column.
    expect(sortNeedsColumns(sources, 'title', 'en', 'ar')).toBe(true);
    expect(sortNeedsColumns(sources, 'title', 'ar', 'ar')).toBe(true);
  }, 60_000);

  it('goes on making the column while the rows change (a filter change, a playback step)', async () => {
    const { index } = large()[0]!;
    const rowsOf = (from: string | null) => [{ index, rows: filterEvents(index, { ...none, from }) }];
    const { result, rerender } = renderHook(
      ({ sources }) => useShownSort(sources, { id: 'title', desc: false }, 'en', 'en'),
      { initialProps: { sources: rowsOf(null) } },
    );
    expect(result.current.preparing).toBe(true);
    // New rows every few milliseconds, for longer than making the column takes.
    const stepping = setInterval(
      () => rerender({ sources: rowsOf(Math.random() < 0.5 ? '2020' : '2019') }),
      5,
    );
    try {
      await waitFor(() => expect(result.current.preparing).toBe(false), { timeout: 20_000 });
    } finally {
      clearInterval(stepping);
    }
    expect(result.current.shown.id).toBe('title');
  }, 60_000);

  it('lets input through between slices, and stops when asked', async () => {
    const sources = large();
    // A clock 20 ms on at every look: every slice is over its time.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 20));
    let looks = 0;
    expect(await prepareSort(sources, 'killed', 'en', 'en', () => ++looks > 3)).toBe(false);
    expect(looks).toBe(4);
    expect(sortNeedsColumns(sources, 'killed', 'en', 'en')).toBe(true);
    expect(await prepareSort(sources, 'killed', 'en', 'en', () => false)).toBe(true);
    expect(sortNeedsColumns(sources, 'killed', 'en', 'en')).toBe(false);
  }, 60_000);

  it('sorts a small layer at once', () => {
    const { index } = bundled();
    const sources = [{ index, rows: filterEvents(index, none) }];
    expect(sortNeedsColumns(sources, 'title', 'en', 'en')).toBe(false);
    const { result } = renderHook(() => useShownSort(sources, { id: 'title', desc: true }, 'ar', 'ar'));
    expect(result.current).toEqual({
      shown: { id: 'title', desc: true, lang: 'ar', locale: 'ar' },
      preparing: false,
    });
  });
});
