import { describe, expect, it } from 'vitest';
import { layerRows } from './layer-series';
import { monthIndex } from '../../lib/dates/partial-date';

const bucket = (month: string, attacks: number) => ({
  month,
  attacks,
  possible: 0,
  rockets: 0,
  rocketsKnown: 0,
});

describe('layerRows', () => {
  it('spans every layer, continuously, zero where a layer has nothing', () => {
    const rows = layerRows(
      [bucket('2020-02', 2)],
      [
        { slot: 1, kind: 'events', buckets: [bucket('2020-04', 5)] },
        { slot: 2, kind: 'counts', months: new Map([[monthIndex('2019-12'), { certain: 4, possible: 3 }]]) },
      ],
    );
    expect(rows.map((r) => r.month)).toEqual(['2019-12', '2020-01', '2020-02', '2020-03', '2020-04']);
    expect(rows.map((r) => r.attacks)).toEqual([0, 0, 2, 0, 0]);
    expect(rows.map((r) => r.e1)).toEqual([0, 0, 0, 0, 5]);
    expect(rows.map((r) => r.c2)).toEqual([4, 0, 0, 0, 0]);
    // The dashed line adds the weeks that straddle the month's start or end.
    expect(rows[0]!.c2u).toBe(7);
  });

  it('draws nothing for no layer', () => {
    expect(layerRows(null, [])).toEqual([]);
  });
});
