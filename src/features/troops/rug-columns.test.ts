import { describe, expect, it } from 'vitest';
import { dayRuns, rugColumns } from './rug-columns';

/** Each row on its own: its pixel column, counted one by one. */
const naive = (start: Float64Array, rows: Int32Array, domain: [number, number], x: (d: number) => number) => {
  const out = new Map<number, number>();
  for (const i of rows) {
    const d = start[i]!;
    if (d < domain[0] || d > domain[1]) continue;
    const px = Math.round(x(d));
    if (Number.isFinite(px)) out.set(px, (out.get(px) ?? 0) + 1);
  }
  return out;
};

describe('rugColumns', () => {
  // Days in date order, several per day, over ~3 years; a few rows left out by a filter.
  const start = Float64Array.from({ length: 20_000 }, (_, i) => 18_000 + Math.floor(i / 19));
  const rows = Int32Array.from({ length: 20_000 }, (_, i) => i).filter((i) => i % 7 !== 3);
  const domain: [number, number] = [18_100, 18_900];

  it('counts the rows of each pixel column as counting each row does, left to right or right to left', () => {
    // One pass over the rows serves both directions (a switch of language flips the axis).
    const runs = dayRuns(start, rows, domain);
    for (const x of [(d: number) => (d - 18_000) / 2.3, (d: number) => 900 - (d - 18_000) / 1.7]) {
      const got = rugColumns(runs, x);
      expect(got).toEqual(naive(start, rows, domain, x));
      expect([...got.values()].reduce((a, b) => a + b, 0)).toBe(
        Array.from(rows).filter((i) => start[i]! >= domain[0] && start[i]! <= domain[1]).length,
      );
    }
  });

  it('draws nothing for days the scale cannot place', () => {
    expect(rugColumns(dayRuns(start, rows, domain), () => undefined).size).toBe(0);
  });
});
