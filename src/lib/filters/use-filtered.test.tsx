import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { buildIndex } from '../dataset/indexes';
import { memoFilter, useEventFilters, useFiltersSettling } from './use-filtered';
import { filterEvents, type EventFilters } from './filter-events';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { viaWorker } from '../../test/via-worker';
import { synthesize } from '../../../scripts/synth-lib';
import { LayersContext, type ShownLayer } from '../layers/use-layers';
import { useViewStore } from '../store/view-store';
import { FiltersProvider } from './filters-provider';

const none: EventFilters = { from: null, to: null, provinces: [], types: [], bases: [], text: '' };

describe('memoFilter', () => {
  it('gives the same rows again for a recent filter state, without filtering again', () => {
    const { index } = bundled();
    const a = memoFilter(index, { ...none, types: ['attack'] });
    memoFilter(index, { ...none, types: ['handover'] });
    expect(memoFilter(index, { ...none, types: ['attack'] })).toBe(a);
  });

  it('keeps a few full results at most, dropping the oldest first', () => {
    const index = buildIndex(bundled().data);
    const n = index.events.length;
    // Every one of these passes every event: full-size results, under different keys.
    const states = Array.from({ length: 6 }, (_, k) => ({ ...none, from: `19${10 + k}` }));
    const first = memoFilter(index, states[0]!);
    expect(first).toHaveLength(n);
    for (const s of states.slice(1)) memoFilter(index, s);
    // The newest are still kept; the first was let go and is filtered again (equal, not the same).
    expect(memoFilter(index, states[5]!)).toBe(memoFilter(index, states[5]!));
    const again = memoFilter(index, states[0]!);
    expect(again).not.toBe(first);
    expect(Array.from(again)).toEqual(Array.from(first));
  });

  it('gives a view that ignores the date the same rows when only the date changed', () => {
    const { index } = bundled();
    const a = memoFilter(index, { ...none, types: ['attack'], from: '2020-01' }, ['date']);
    const b = memoFilter(index, { ...none, types: ['attack'], from: '2021-06', to: '2021-07' }, ['date']);
    expect(b).toBe(a);
    // Another facet still counts.
    const c = memoFilter(index, { ...none, types: ['handover'], from: '2020-01' }, ['date']);
    expect(c).not.toBe(a);
  });
});

describe('a search in a large layer', () => {
  // Over the size searched at once: found a slice at a time, and only then filtered by.
  const big = viaWorker(synthesize(bundled().data, 60_000, 3));
  const layers = [{ loaded: { index: big, counts: null } }] as unknown as ShownLayer[];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <LayersContext value={layers}>
      <FiltersProvider>{children}</FiltersProvider>
    </LayersContext>
  );

  it('keeps the text before, marked as settling, until the new one is found', async () => {
    const { result } = renderHook(() => ({ f: useEventFilters(), settling: useFiltersSettling() }), {
      wrapper,
    });
    expect(result.current.f.text).toBe('');
    act(() => useViewStore.getState().setText('Rocket'));
    expect(useViewStore.getState().text).toBe('Rocket');
    expect(result.current.f.text).toBe('');
    expect(result.current.settling).toBe(true);
    await waitFor(() => expect(result.current.f.text).toBe('Rocket'));
    expect(result.current.settling).toBe(false);
    // Found, it filters as a search in one go does.
    expect(filterEvents(big, result.current.f).length).toBe(
      filterEvents(viaWorker(synthesize(bundled().data, 60_000, 3)), result.current.f).length,
    );
    act(() => useViewStore.getState().setText(''));
    expect(result.current.f.text).toBe('');
    expect(result.current.settling).toBe(false);
  }, 30_000);
});

describe('the views’ filters', () => {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <LayersContext value={[]}>
      <FiltersProvider>{children}</FiltersProvider>
    </LayersContext>
  );

  it('render a reader once per filter change: in the deferred render, not in the click’s too', () => {
    const seen: (readonly string[])[] = [];
    renderHook(() => seen.push(useEventFilters().provinces), { wrapper });
    const before = seen.length;
    act(() => useViewStore.getState().toggle('provinces', 'Baghdad'));
    // Two renders before FiltersProvider: the click's own (still the old filters), then the
    // deferred one. A million-row table rendered twice per click.
    expect(seen.slice(before)).toEqual([['Baghdad']]);
    act(() => useViewStore.getState().toggle('provinces', 'Baghdad'));
    expect(seen.at(-1)).toEqual([]);
  });
});
