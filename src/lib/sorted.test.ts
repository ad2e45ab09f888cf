import { describe, expect, it } from 'vitest';
import { sortInSteps } from './sorted';

const all = <T>(g: Generator<void, T>): { value: T; steps: number } => {
  let steps = 0;
  let s = g.next();
  while (!s.done) {
    steps++;
    s = g.next();
  }
  return { value: s.value, steps };
};

describe('sortInSteps', () => {
  it('sorts as the native stable sort does, ties in their order, pausing as it goes', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    for (const n of [0, 1, 2, 1_023, 1_024, 1_025, 5_000, 20_000]) {
      // Few distinct keys, each item its own: the order of equal keys shows stability.
      const items = Array.from({ length: n }, (_, k) => ({ key: Math.floor(random() * 50), k }));
      const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
      const { value, steps } = all(sortInSteps(items, compare));
      expect(value).toEqual([...items].sort(compare));
      expect(steps).toBeGreaterThanOrEqual(Math.ceil(n / 1_024));
      expect(items.map((x) => x.k)).toEqual(Array.from({ length: n }, (_, k) => k)); // a copy
    }
  });
});
