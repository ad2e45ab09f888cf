import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestEvery } from './latest-every';

describe('latestEvery', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('shows a count pushed every 10 ms four times a second, the first at once and the last in the end', () => {
    const shown: number[] = [];
    const pace = latestEvery<number>(250, (n) => shown.push(n));
    for (let n = 1; n <= 100; n++) {
      pace.push(n);
      vi.advanceTimersByTime(10);
    }
    vi.runAllTimers();
    // The nth pushed at (n - 1) × 10 ms: shown at 0, 250, 500, 750 and 1000 ms, each the
    // latest pushed by then (the last, at 990 ms, waits for 1000).
    expect(shown).toEqual([1, 25, 50, 75, 100]);
  });

  it('shows at once a value pushed after a quiet spell', () => {
    const shown: string[] = [];
    const pace = latestEvery<string>(250, (s) => shown.push(s));
    pace.push('a');
    vi.advanceTimersByTime(300);
    pace.push('b');
    expect(shown).toEqual(['a', 'b']);
  });

  it('drops a value waiting when cancelled', () => {
    const shown: number[] = [];
    const pace = latestEvery<number>(250, (n) => shown.push(n));
    pace.push(1);
    pace.push(2);
    pace.cancel();
    vi.runAllTimers();
    expect(shown).toEqual([1]);
  });
});
