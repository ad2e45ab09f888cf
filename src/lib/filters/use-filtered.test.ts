import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { buildIndex } from '../dataset/indexes';
import { memoFilter } from './use-filtered';
import type { EventFilters } from './filter-events';

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
