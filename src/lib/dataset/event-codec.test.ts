import { readFileSync } from 'node:fs';
import { importCsv } from '../import/import-csv';
import type { Governorates } from '../import/governorates';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { synthesize } from '../../../scripts/synth-lib';
import { eventSchema, type DrawdownEvent } from './schema';
import {
  PACKED_FIELDS,
  packEvents,
  packStrings,
  SharedValues,
  Unpacker,
  unpackEvents,
  unpackStrings,
} from './event-codec';

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

  it('brings back imported rows with their provenance, in pieces too', () => {
    const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;
    const { events } = importCsv(readFileSync('tests/fixtures/import/acled-iraq-2022.csv', 'utf8'), {
      file: 'acled-iraq-2022.csv',
      geo,
      reference: bundled().data,
    }).data;
    expect(events.every((e) => e.origin)).toBe(true);
    const packed = structuredClone(packEvents(events));
    expect(packed.originLengths).toHaveLength(events.length);
    const u = new Unpacker(packed);
    const back: DrawdownEvent[] = [];
    while (!u.done) back.push(...u.next(3));
    expect(back).toStrictEqual(events);
    // Memory: Arabic text travels apart, so the rest stays one byte a character; what rows
    // repeat is held once, and frozen, so no row's provenance can change another's.
    expect(/[\u0100-\uffff]/.test(packed.text)).toBe(false);
    expect(packed.wide).toMatch(/[\u0600-\u06ff]/);
    const sameType = back.filter((e) => e.origin!.sourceType.en === back[0]!.origin!.sourceType.en);
    expect(sameType.length).toBeGreaterThan(1);
    expect(new Set(sameType.map((e) => e.origin!.sourceType)).size).toBe(1);
    expect(Object.isFrozen(back[0]!.origin!.sourceType)).toBe(true);
    expect(Object.isFrozen(back[0]!.evidence)).toBe(true);
  });

  it('shares values across the chunks of one file, and brings back repeats and empty strings', () => {
    const { events } = synthesize(bundled().data, 300, 5);
    const twin = events.map((e) => ({ ...e, summary: { en: e.summary.en, ar: e.summary.en } }));
    const shared = new SharedValues();
    const halves = [twin.slice(0, 150), twin.slice(150)].map(
      (part) => new Unpacker(structuredClone(packEvents(part)), shared),
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

  it('knows every field of an event: a new schema field needs the codec too', () => {
    expect(Object.keys(eventSchema.shape)).toEqual([...PACKED_FIELDS]);
  });

  it('packs search text into one transferable buffer and back, any script', () => {
    const strings = ['', 'قاعدة عين الأسد', '😀 astral', 'a\u0000b', '', 'x'.repeat(5000)];
    const packed = structuredClone(packStrings(strings));
    expect(Object.prototype.toString.call(packed.units)).toBe('[object Uint16Array]');
    expect(unpackStrings(packed)).toEqual(strings);
  });
});
