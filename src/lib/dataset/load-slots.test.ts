import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoadSlots } from './load-slots';

/** Which of the loads have started, after the microtasks pending have run. */
async function startedOf(turns: Promise<unknown>[]): Promise<boolean[]> {
  const seen = turns.map(() => false);
  turns.forEach(
    (t, k) =>
      void t.then(
        () => (seen[k] = true),
        () => {},
      ),
  );
  await vi.advanceTimersByTimeAsync(0);
  return seen;
}

describe('LoadSlots', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('starts a load at once while a slot is free, and the next when a turn ends', async () => {
    const slots = new LoadSlots(1, 2000);
    const first = slots.take();
    const second = slots.take();
    expect(await startedOf([first, second])).toEqual([true, false]);
    (await first)();
    expect(await startedOf([second])).toEqual([true]);
  });

  it('lets a waiting load start anyway once the last start is maxWaitMs old', async () => {
    const slots = new LoadSlots(1, 2000);
    const first = slots.take();
    const second = slots.take();
    const third = slots.take();
    await vi.advanceTimersByTimeAsync(1999);
    expect(await startedOf([first, second, third])).toEqual([true, false, false]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await startedOf([second, third])).toEqual([true, false]);
    // The wait counts from the second's start, not the first's.
    await vi.advanceTimersByTimeAsync(1999);
    expect(await startedOf([third])).toEqual([false]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await startedOf([third])).toEqual([true]);
  });

  it('drops a waiting load whose signal aborts, and the next one still gets the turn', async () => {
    const slots = new LoadSlots(1, 60_000);
    const first = slots.take();
    const stop = new AbortController();
    const second = slots.take(stop.signal);
    const third = slots.take();
    stop.abort(new Error('stopped'));
    await expect(second).rejects.toThrow('stopped');
    (await first)();
    expect(await startedOf([third])).toEqual([true]);
  });

  it('ends a turn once however often it is ended', async () => {
    const slots = new LoadSlots(1, 60_000);
    const end = await slots.take();
    const second = slots.take();
    const third = slots.take();
    end();
    end();
    expect(await startedOf([second, third])).toEqual([true, false]);
  });
});
