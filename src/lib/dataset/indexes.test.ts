import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { buildIndex, IndexBuilder } from './indexes';

describe('IndexBuilder', () => {
  it('builds from chunks the same index as from the whole list, date order included', () => {
    const { data } = bundled();
    // Reversed, so the date order has to come from the merge and not from the file.
    const events = [...data.events].reverse();
    const whole = buildIndex({ ...data, events });
    const builder = new IndexBuilder();
    for (let i = 0; i < events.length; i += 7) builder.add(events.slice(i, i + 7));
    const chunked = builder.finish(data);
    expect(chunked.events).toEqual(events);
    expect([...chunked.byDate]).toEqual([...whole.byDate]);
    expect([...chunked.start]).toEqual([...whole.start]);
    expect([...chunked.provinceCode]).toEqual([...whole.provinceCode]);
    expect([...chunked.attacks]).toEqual([...whole.attacks]);
    expect(chunked.eventById).toEqual(whole.eventById);
    expect([chunked.minDay, chunked.maxDay]).toEqual([whole.minDay, whole.maxDay]);
  });

  it('orders events by the first day they can mean, ties in file order', () => {
    const { data, index } = bundled();
    const days = [...index.byDate].map((i) => index.start[i]!);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    for (let k = 1; k < index.byDate.length; k++)
      if (days[k] === days[k - 1]) expect(index.byDate[k]!).toBeGreaterThan(index.byDate[k - 1]!);
    expect(index.events[index.byDate[0]!]!.date).toBe('2003');
    expect(index.byDate).toHaveLength(data.events.length);
  });
});
