import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { buildIndex, IndexBuilder } from './indexes';
import { synthesize } from '../../../scripts/synth-lib';
import { dayRange } from '../dates/partial-date';

describe('IndexBuilder', () => {
  it('builds from chunks the same index as from the whole list, date order included', () => {
    const { data } = bundled();
    // Reversed, so the date order has to come from the merge and not from the file.
    const events = [...data.events].reverse();
    const whole = buildIndex({ ...data, events });
    const builder = new IndexBuilder();
    for (let i = 0; i < events.length; i += 7) builder.add(events.slice(i, i + 7));
    const chunked = builder.finish(data);
    expect(chunked.events).toEqual(whole.events);
    expect([...chunked.fileOrder]).toEqual([...whole.fileOrder]);
    expect([...chunked.start]).toEqual([...whole.start]);
    expect([...chunked.provinceCode]).toEqual([...whole.provinceCode]);
    expect([...chunked.attacks]).toEqual([...whole.attacks]);
    expect(chunked.eventById).toEqual(whole.eventById);
    expect([chunked.minDay, chunked.maxDay]).toEqual([whole.minDay, whole.maxDay]);
  });

  it('finishes in steps a caller can run one per task, to the same index', () => {
    const { data } = bundled();
    const events = [...data.events].reverse();
    const whole = buildIndex({ ...data, events });
    const builder = new IndexBuilder();
    for (let i = 0; i < events.length; i += 5) builder.add(events.slice(i, i + 5));
    const steps = builder.finishing(data);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    // The runs left to merge, the order of the events and each column are steps of their own.
    expect(pauses).toBeGreaterThan(10);
    expect(r.value).toEqual(whole);
  });

  it('orders events by the first day they can mean, ties in file order', () => {
    const { data } = bundled();
    const file = [...data.events].reverse();
    const index = buildIndex({ ...data, events: file });
    const days = [...index.start];
    expect(days).toEqual([...days].sort((a, b) => a - b));
    // Each event is the file's event at its fileOrder place; ties keep the file's order.
    index.events.forEach((e, k) => expect(e).toBe(file[index.fileOrder[k]!]));
    for (let k = 1; k < days.length; k++)
      if (days[k] === days[k - 1]) expect(index.fileOrder[k]!).toBeGreaterThan(index.fileOrder[k - 1]!);
    expect(index.events[0]!.date).toBe('2003');
    expect(index.events).toHaveLength(data.events.length);
    // Columns and the id lookup follow the events to their new places.
    index.events.forEach((e, i) => {
      expect(index.eventById.get(e.id)).toBe(i);
      expect(index.typeCode[i]).toBe(index.codes.type.get(e.type));
    });
  });

  it('merges chunks of any size into the same order as one stable sort by first day', () => {
    const { events } = synthesize(bundled().data, 3_000, 11);
    const builder = new IndexBuilder();
    for (let i = 0, size = 1; i < events.length; i += size, size = (size * 7) % 613 || 1)
      builder.add(events.slice(i, i + size));
    const index = builder.finish(bundled().data);
    // Independently: file positions sorted by first day, ties by position.
    const expected = events
      .map((e, f) => ({ f, day: dayRange(e.date)[0] }))
      .sort((a, b) => a.day - b.day || a.f - b.f)
      .map((x) => x.f);
    expect([...index.fileOrder]).toEqual(expected);
    expect(index.events.map((e) => index.eventById.get(e.id))).toEqual(events.map((_, i) => i));
  });

  it("puts search text that arrives in file order in the events' order", () => {
    const { data } = bundled();
    const file = [...data.events].reverse();
    const search = file.map((e) => e.id);
    const index = buildIndex({ ...data, events: file }, search);
    expect(index.search).toEqual(index.events.map((e) => e.id));
  });
});
