import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { assembleIndex, buildIndex, EventLookup } from './indexes';
import { ColumnsBuilder, idTable } from './index-columns';
import { ArrayEvents, eventsOf, type EventList } from './event-store';
import type { Dataset } from './schema';
import { idHash } from './event-columns';
import { synthesize } from '../../../scripts/synth-lib';
import { dayRange } from '../dates/partial-date';
import { filterEvents } from '../filters/filter-events';

/** An index whose columns were built chunk by chunk, as the parsing worker builds them. */
const chunked = (data: Dataset, sizes: (i: number, size: number) => number) => {
  const builder = new ColumnsBuilder(data.bases);
  for (let i = 0, size = 1; i < data.events.length; i += size, size = sizes(i, size))
    builder.add(data.events.slice(i, i + size));
  return assembleIndex(new ArrayEvents(data.events), builder.finish(), data);
};

describe('ColumnsBuilder', () => {
  it('builds from chunks the same index as from the whole list, date order included', () => {
    const { data } = bundled();
    // Reversed, so the date order has to come from the merge and not from the file.
    const file = { ...data, events: [...data.events].reverse() };
    const whole = buildIndex(file);
    const inChunks = chunked(file, () => 7);
    expect(eventsOf(inChunks.events)).toEqual(eventsOf(whole.events));
    expect(inChunks).toEqual(whole);
    for (const e of file.events) expect(inChunks.eventById.get(e.id)).toBe(whole.eventById.get(e.id));
  });

  it('orders events by the first day they can mean, ties in file order', () => {
    const { data } = bundled();
    const file = [...data.events].reverse();
    const index = buildIndex({ ...data, events: file });
    const days = [...index.start];
    expect(days).toEqual([...days].sort((a, b) => a - b));
    // Each event is the file's event at its fileOrder place; ties keep the file's order.
    eventsOf(index.events).forEach((e, k) => expect(e).toBe(file[index.fileOrder[k]!]));
    for (let k = 1; k < days.length; k++)
      if (days[k] === days[k - 1]) expect(index.fileOrder[k]!).toBeGreaterThan(index.fileOrder[k - 1]!);
    expect(index.events.get(0).date).toBe('2003');
    expect(index.events).toHaveLength(data.events.length);
    // Columns and the id lookup follow the events to their new places.
    eventsOf(index.events).forEach((e, i) => {
      expect(index.eventById.get(e.id)).toBe(i);
      expect(index.typeCode[i]).toBe(index.codes.type.get(e.type));
    });
  });

  it('merges chunks of any size into the same order as one stable sort by first day', () => {
    const synth = synthesize(bundled().data, 3_000, 11);
    const { events } = synth;
    const index = chunked(synth, (_, size) => (size * 7) % 613 || 1);
    // Independently: file positions sorted by first day, ties by position.
    const expected = events
      .map((e, f) => ({ f, day: dayRange(e.date)[0] }))
      .sort((a, b) => a.day - b.day || a.f - b.f)
      .map((x) => x.f);
    expect([...index.fileOrder]).toEqual(expected);
    expect(eventsOf(index.events).map((e) => index.eventById.get(e.id))).toEqual(events.map((_, i) => i));
  });

  it('finds an event by search text that arrives in file order, wherever the event went', () => {
    const { data } = bundled();
    const file = [...data.events].reverse();
    // A word of its own for each event of the file.
    const index = buildIndex(
      { ...data, events: file },
      file.map((_, f) => `w${f}x`),
    );
    const none = { from: null, to: null, provinces: [], types: [], bases: [], text: '' };
    for (const f of [0, 1, 17, file.length - 1]) {
      const rows = filterEvents(index, { ...none, text: `w${f}x` });
      expect(Array.from(rows, (i) => index.events.get(i).id)).toEqual([file[f]!.id]);
    }
  });
});

describe('EventLookup', () => {
  it('finds every id by its hash, ids whose hashes collide included, and nothing else', () => {
    // Among 200,000 scattered ids, some share a 32-bit hash (this list has one pair): find them.
    const ids = Array.from({ length: 200_000 }, (_, k) => `id-${((k * 2654435761) >>> 0).toString(36)}`);
    const seen = new Map<number, string>();
    const twins: [string, string][] = [];
    for (const id of ids) {
      const h = idHash(id);
      const other = seen.get(h);
      if (other) twins.push([other, id]);
      else seen.set(h, id);
    }
    expect(twins.length).toBeGreaterThan(0);
    const list: EventList = {
      length: ids.length,
      id: (f) => ids[f]!,
      get: () => {
        throw new Error('a lookup reads ids only');
      },
      title: () => {
        throw new Error('a lookup reads ids only');
      },
      figure: () => {
        throw new Error('a lookup reads ids only');
      },
    };
    const hashes = Int32Array.from(ids, idHash);
    const lookup = new EventLookup(list, hashes, idTable(hashes), null);
    for (const [a, b] of twins) {
      expect(lookup.get(a)).toBe(ids.indexOf(a));
      expect(lookup.get(b)).toBe(ids.indexOf(b));
    }
    for (let f = 0; f < ids.length; f += 997) expect(lookup.get(ids[f]!)).toBe(f);
    expect(lookup.has('id-none')).toBe(false);
    // In date order: where each went.
    const place = Int32Array.from(ids, (_, f) => ids.length - 1 - f);
    expect(new EventLookup(list, hashes, idTable(hashes), place).get(ids[0]!)).toBe(ids.length - 1);
  });
});
