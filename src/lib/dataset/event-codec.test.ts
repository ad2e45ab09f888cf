import { readFileSync } from 'node:fs';
import { importCsv } from '../import/import-csv';
import type { Governorates } from '../import/governorates';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { synthesize } from '../../../scripts/synth-lib';
import { eventSchema, originSchema, type DrawdownEvent } from './schema';
import { PACKED_FIELDS, Unpacker, unpackEvents } from './event-codec';
import { packEvents } from './event-pack';
import { PACKED_ORIGIN_FIELDS } from './origin-codec';

const roundTrip = (events: DrawdownEvent[]) => {
  const packed = packEvents(events);
  // What the worker posts is what arrives: a structured clone.
  return unpackEvents(structuredClone(packed));
};

describe('event codec', () => {
  it('brings back every bundled event exactly, keys in the schema order', () => {
    const { events } = bundled().data;
    const back = roundTrip(events);
    expect(back).toEqual(events);
    // toEqual ignores absent keys set to undefined and key order; an export would not.
    expect(back.map((e) => JSON.stringify(e))).toEqual(events.map((e) => JSON.stringify(e)));
  });

  it('keeps optional parts absent, empty and odd text intact', () => {
    const base = bundled().data.events[0]!;
    const odd: DrawdownEvent[] = [
      { ...base, id: 'a', title: { en: '', ar: '"\\\u0000😀' }, figures: {}, figureQualifiers: {} },
      {
        ...base,
        id: 'b',
        dateInferred: true,
        dateNote: { en: 'n', ar: 'م' },
        province: 'IQ-AN',
        base: 'al-asad',
        figures: { killed: 0, rockets: 2.5, valueUsd: 1e12 },
        figureQualifiers: { rockets: 'atLeast', killed: 'approx' },
        evidence: [
          { source: 'x.txt', quote: 'q1' },
          { source: 'y.txt', quote: '' },
        ],
      },
    ];
    // Strict: an optional part that was absent must not come back as a key set to undefined.
    expect(roundTrip(odd)).toStrictEqual(odd);
  });

  it('round-trips a synthetic dataset', () => {
    const { events } = synthesize(bundled().data, 2000, 7);
    expect(roundTrip(events)).toStrictEqual(events);
  });

  it.each(['acled-iraq-2022.csv', 'ucdp-ged-iraq-quirks.csv', 'ucdp-ged-23.1-global-sample-1000.csv'])(
    'brings back the imported rows of %s with their provenance, keys in order, in pieces too',
    (file) => {
      const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;
      const { events } = importCsv(readFileSync(`tests/fixtures/import/${file}`, 'utf8'), {
        file,
        geo,
        reference: bundled().data,
      }).data;
      expect(events.length).toBeGreaterThan(5);
      expect(events.every((e) => e.origin)).toBe(true);
      const packed = structuredClone(packEvents(events));
      const u = new Unpacker(packed);
      const back: DrawdownEvent[] = [];
      while (!u.done) back.push(...u.next(3));
      expect(back).toStrictEqual(events);
      // An export writes them as the import made them: same keys, same order.
      expect(back.map((e) => JSON.stringify(e))).toEqual(events.map((e) => JSON.stringify(e)));
      // Memory: Arabic text travels apart, so the rest stays one byte a character; what rows
      // repeat (the file name, a category) is held once in the chunk, not once a row.
      const units = (a: Uint8Array | Uint16Array) => Array.from(a, (c) => String.fromCharCode(c)).join('');
      const [text, wide, values] = [units(packed.text), units(packed.wide), units(packed.values)];
      expect(packed.text.BYTES_PER_ELEMENT).toBe(1);
      expect(wide + values).toMatch(/[\u0600-\u06ff]/);
      expect(text).not.toMatch(/[\u0600-\u06ff]/);
      expect(values.split(file)).toHaveLength(2); // once
      expect(text).not.toContain(file);
      expect(Object.isFrozen(back[0]!.evidence)).toBe(true);
    },
  );

  it('brings back repeats and empty strings across the chunks of one file', () => {
    const { events } = synthesize(bundled().data, 300, 5);
    const twin = events.map((e) => ({ ...e, summary: { en: e.summary.en, ar: e.summary.en } }));
    const halves = [twin.slice(0, 150), twin.slice(150)].map(
      (part) => new Unpacker(structuredClone(packEvents(part))),
    );
    const back = halves.flatMap((u) => u.next(Infinity));
    expect(back).toStrictEqual(twin);
    expect(back.every((e) => e.summary.ar === e.summary.en)).toBe(true);
  });

  it('reads back in pieces exactly what it reads whole', () => {
    const { events } = synthesize(bundled().data, 500, 3);
    const u = new Unpacker(structuredClone(packEvents(events)));
    const back = [];
    while (!u.done) back.push(...u.next(37));
    expect(back).toStrictEqual(events);
  });

  it('reads any one event on its own, in any order, as reading them all in turn does', () => {
    const { events } = synthesize(bundled().data, 400, 9);
    // An id equal to the last string of the event before it (its quote): a repeat within an
    // event may be sent as "the string before", but never an event's first string.
    const tricky = events.map((e, k) => (k === 0 ? e : { ...e, id: events[k - 1]!.evidence.at(-1)!.quote }));
    const u = new Unpacker(structuredClone(packEvents(tricky)));
    expect(u.count).toBe(tricky.length);
    for (const k of [399, 0, 200, 1, 17, 398, 17]) {
      expect(u.at(k)).toStrictEqual(tricky[k]);
      expect(u.idAt(k)).toBe(tricky[k]!.id);
    }
  });

  it("reads an event's title without reading the strings before it, repeats included", () => {
    const { events } = synthesize(bundled().data, 300, 4);
    // A title that repeats the type before it, an Arabic title that repeats the English one,
    // a long one (not a value), and Arabic.
    const titled = events.map((e, k) => ({
      ...e,
      title: [{ en: e.type, ar: e.type }, { en: 'x'.repeat(5_000), ar: 'ق'.repeat(300) }, e.title][k % 3]!,
    }));
    const packed = structuredClone(packEvents(titled));
    const u = new Unpacker(packed);
    for (const k of [0, 1, 2, 299, 150, 151, 152, 7])
      for (const lang of ['en', 'ar'] as const) expect(u.titleAt(k, lang)).toBe(titled[k]!.title[lang]);
    expect(new Unpacker(packed).next(Infinity)).toStrictEqual(titled);
  });

  it('knows every field of an event: a new schema field needs the codec too', () => {
    expect(Object.keys(eventSchema.shape)).toEqual([...PACKED_FIELDS]);
    expect(Object.keys(originSchema.shape)).toEqual([...PACKED_ORIGIN_FIELDS]);
    expect(Object.keys(originSchema.shape.place.shape)).toEqual([
      'text',
      'admin1',
      'lat',
      'lon',
      'precision',
      'governorateBy',
    ]);
    expect(Object.keys(originSchema.shape.fatalities.unwrap().shape)).toEqual(['best', 'low', 'high']);
  });
});
