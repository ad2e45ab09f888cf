import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { clusterEvents } from './event-points';

const { data, index } = bundled();
const all = Int32Array.from({ length: index.events.length }, (_, i) => i);

describe('clusterEvents', () => {
  it('draws every curated event at a base once, in fewer clusters than events', () => {
    const atBases = data.events.filter((e) => e.base).length;
    const fine = clusterEvents(index, all, 0.001);
    expect(fine.reduce((n, c) => n + c.n, 0)).toBe(atBases);
    // At a fine cell, one cluster per base that has events, at the base itself.
    const bases = new Set(data.events.flatMap((e) => (e.base ? [e.base] : [])));
    expect(fine).toHaveLength(bases.size);
    const taji = data.bases.find((b) => b.id === 'taji')!;
    expect(fine.some((c) => c.lat === taji.lat && c.lon === taji.lon && c.province === taji.province)).toBe(
      true,
    );
    // Coarse cells merge bases; the count stays.
    const coarse = clusterEvents(index, all, 5);
    expect(coarse.length).toBeLessThan(fine.length);
    expect(coarse.reduce((n, c) => n + c.n, 0)).toBe(atBases);
  });
});
