import { describe, expect, it } from 'vitest';
import type { ScaleFunction } from 'recharts';
import { dayRange } from '../../lib/dates/partial-date';
import { barPaths } from './attack-bars';
import type { BarSeries } from './layer-series';

const months = ['2020-01', '2020-02', '2020-03'];
// Three 100 px bands from x = 0; a y scale where 0 is at 200 and each unit is 10 px up.
const x: ScaleFunction = (v, o) => {
  const i = months.indexOf(String(v));
  if (i < 0) return undefined;
  return i * 100 + (o?.position === 'end' ? 100 : 0);
};
const y: ScaleFunction = (v) => 200 - Number(v) * 10;
const buckets = [
  { month: '2020-01', attacks: 2, possible: 0, rockets: 5, rocketsKnown: 1 },
  { month: '2020-02', attacks: 0, possible: 0, rockets: 0, rocketsKnown: 0 },
  { month: '2020-03', attacks: 1, possible: 0, rockets: 0, rocketsKnown: 0 },
];
const rects = (d: string) => d.match(/M[^M]+/g) ?? [];
const series: BarSeries[] = [
  { key: 'attacks', possibleKey: 'possible', axis: 'attacks', color: 'red' },
  { key: 'rockets', axis: 'rockets', color: 'orange' },
];
const paths = (b: typeof buckets, range: { lo: number; hi: number } | null, reversed: boolean) => {
  const [attacks, rockets] = barPaths(b, series, x, { attacks: y, rockets: y }, range, reversed);
  return {
    attacks: { inRange: attacks!.inRange, outside: attacks!.outside },
    rockets: { inRange: rockets!.inRange },
    possible: { inRange: attacks!.possibleIn },
  };
};

describe('barPaths', () => {
  it('draws one bar per month and series with a value, as tall as the value', () => {
    const p = paths(buckets, null, false);
    expect(rects(p.attacks.inRange)).toEqual([
      'M10.0 180.0h38.0V200.0h-38.0Z',
      'M210.0 190.0h38.0V200.0h-38.0Z',
    ]);
    // No rockets in March: no bar rather than a zero-height one.
    expect(rects(p.rockets.inRange)).toEqual(['M52.0 150.0h38.0V200.0h-38.0Z']);
    expect(p.attacks.outside).toBe('');
  });

  it('dims the months outside the date range', () => {
    const [lo, hi] = [dayRange('2020-03')[0], dayRange('2020-03')[1]];
    const p = paths(buckets, { lo, hi }, false);
    expect(rects(p.attacks.inRange)).toHaveLength(1);
    expect(rects(p.attacks.outside)).toHaveLength(1);
    expect(p.attacks.inRange).toMatch(/^M210/);
  });

  it('puts the attacks bar first in the reading direction: on the right in Arabic', () => {
    const p = paths(buckets, null, true);
    expect(rects(p.attacks.inRange)[0]).toMatch(/^M52\.0/);
    expect(rects(p.rockets.inRange)[0]).toMatch(/^M10\.0/);
  });

  it('stacks the possible band on the certain bar, and draws it alone where nothing is certain', () => {
    const withBand = buckets.map((b) => ({ ...b, possible: b.month === '2020-03' ? 0 : 1 }));
    const p = paths(withBand, null, false);
    expect(rects(p.possible.inRange)).toEqual([
      // January: from the top of its 2 certain attacks (180) up one more (170).
      'M10.0 170.0h38.0V180.0h-38.0Z',
      // February: nothing certain, one possible, from the baseline.
      'M110.0 190.0h38.0V200.0h-38.0Z',
    ]);
  });
});

describe('bars of several layers', () => {
  it('sit side by side in each month, narrower, each with its own possible band', () => {
    const rows = [{ month: '2020-01', attacks: 2, possible: 0, e1: 3, e1p: 1 }];
    const two: BarSeries[] = [
      { key: 'attacks', possibleKey: 'possible', axis: 'attacks', color: 'red' },
      { key: 'e1', possibleKey: 'e1p', axis: 'attacks', color: 'blue' },
      { key: 'rockets', axis: 'rockets', color: 'orange' },
    ];
    const [a, e] = barPaths(rows, two, x, { attacks: y, rockets: y }, null, false);
    // (80 - 2 × 4) / 3 = 24 px each, 4 px apart.
    expect(rects(a!.inRange)).toEqual(['M10.0 180.0h24.0V200.0h-24.0Z']);
    expect(rects(e!.inRange)).toEqual(['M38.0 170.0h24.0V200.0h-24.0Z']);
    expect(rects(e!.possibleIn)).toEqual(['M38.0 160.0h24.0V170.0h-24.0Z']);
  });
});
