import { describe, expect, it } from 'vitest';
import { JsonObjectStream, JsonStreamError } from './json-stream';

/** Reads `text` in pieces of `size` bytes (splitting characters): what the stream hands on, put back together. */
function read(text: string, size: number, batch = 3): unknown {
  const out: Record<string, unknown> = {};
  const firsts: number[] = [];
  const s = new JsonObjectStream(
    {
      member: (k, v) => void (out[k] = v),
      items: (k, items, from) => {
        expect(from).toBe(((out[k] as unknown[] | undefined) ?? []).length);
        firsts.push(from);
        out[k] = [...((out[k] as unknown[] | undefined) ?? []), ...items];
        expect(items.length).toBeLessThanOrEqual(batch);
      },
    },
    'events',
    batch,
  );
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) s.push(bytes.subarray(i, i + size));
  const whole = s.end();
  return whole === undefined ? out : whole;
}

const SIZES = [1, 2, 3, 7, 64, 100_000];

const tricky = {
  meta: { title: { en: 'a "quoted" \\ back\\\\slash }]{[, "', ar: 'الانسحاب ، ١٢' }, n: -1.5e3 },
  sources: [],
  events: [
    { id: 'e1', note: 'ends in a backslash \\', list: [1, [2, { x: '"]' }]] },
    { id: 'e2', t: true, f: false, z: null },
    'plain string, with comma',
    42,
    [],
    {},
    { id: 'e\u00e9\ud83d\ude00', q: '\\"' },
  ],
  empty: {},
  after: [1, 2, 3],
};

describe('reading a JSON object as it arrives', () => {
  it.each(SIZES)('gives what JSON.parse gives, in pieces of %i bytes', (size) => {
    const text = JSON.stringify(tricky);
    expect(read(text, size)).toEqual(JSON.parse(text));
    const spaced = JSON.stringify(tricky, null, 2);
    expect(read(spaced, size)).toEqual(JSON.parse(spaced));
  });

  it('hands the list on in batches, numbered from the first item of each', () => {
    const firsts: number[] = [];
    const s = new JsonObjectStream(
      { member: () => {}, items: (_k, _items, from) => void firsts.push(from) },
      'events',
      2,
    );
    s.push(new TextEncoder().encode(JSON.stringify({ events: [1, 2, 3, 4, 5] })));
    s.end();
    expect(firsts).toEqual([0, 2, 4]);
  });

  it('reads empty objects and lists', () => {
    for (const size of SIZES) {
      expect(read('{}', size)).toEqual({});
      expect(read(' { "events" : [ ] , "a" : [ ] } ', size)).toEqual({ events: [], a: [] });
    }
  });

  it('leaves text that is not an object to JSON.parse whole', () => {
    expect(read('[1, 2]', 1)).toEqual([1, 2]);
    expect(read('42', 1)).toBe(42);
    expect(() => read('<html>', 2)).toThrow(SyntaxError);
  });

  it('refuses a large file that is not an object from its first bytes, without holding it whole', () => {
    const list = `[${Array.from({ length: 300_000 }, (_, i) => i).join(',')}]`;
    expect(list.length).toBeGreaterThan(1 << 20);
    for (const size of [1 << 16, 1 << 22])
      expect(() => read(list, size)).toThrow(/not a JSON object: the file starts with “\[0,1,2,3/);
    // Refused once a megabyte is in, not at the end of the file.
    const s = new JsonObjectStream({ member: () => {}, items: () => {} }, 'events', 4_000);
    const bytes = new TextEncoder().encode(list.repeat(8));
    let pushed = 0;
    expect(() => {
      for (let i = 0; i < bytes.length; i += 1 << 16, pushed++) s.push(bytes.subarray(i, i + (1 << 16)));
    }).toThrow(JsonStreamError);
    expect(pushed).toBeLessThanOrEqual(17);
  });

  it.each([
    ['{"a":1,}', /member name/],
    ['{"a" 1}', /expected ":"/],
    ['{"a":1 "b":2}', /in "a"/],
    ['{"events":[1,]}', /items 0/],
    ['{"events":[1,,2]}', /items/],
    ['{"events":[1,2', /ended before/],
    ['{"a":{"b":1}', /ended before/],
    ['{"a":1}x', /after the end/],
    ['{"events":[{"id":"x}]}', /ended before/],
    ['{"events":[1}', /closed by/],
    ['{"events":[1] 2}', /after the list/],
  ])('refuses %s with a message that says where', (text, message) => {
    for (const size of [1, 4, 1000]) {
      let error: unknown;
      try {
        read(text, size, 2);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(JsonStreamError);
      expect((error as Error).message).toMatch(message);
      expect(() => JSON.parse(text)).toThrow();
    }
  });
});
