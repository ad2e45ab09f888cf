import type { Base, Bilingual, DrawdownEvent } from './schema';
import { dayRange, monthOfDay } from '../dates/partial-date';

/**
 * Small integer codes for the values the filters compare (governorate, type, base, an
 * import's own category), given in order of first appearance across a file's chunks.
 */
export class Coder {
  readonly province = new Map<string, number>();
  readonly type = new Map<string, number>();
  readonly base = new Map<string, number>();
  readonly sourceType = new Map<string, number>();
  /** Per sourceType code, its names in both languages. */
  readonly sourceTypeNames: Bilingual[] = [];
  /** Each date's days, read once: a file's events share a few thousand dates. */
  private readonly days = new Map<string, readonly [number, number]>();

  dayRange(date: string): readonly [number, number] {
    let d = this.days.get(date);
    if (!d) {
      d = dayRange(date);
      // Bounded: a file of ranges could hold a distinct date per event.
      if (this.days.size < 100_000) this.days.set(date, d);
    }
    return d;
  }

  code(facet: 'province' | 'type' | 'base', v: string | undefined): number {
    if (v === undefined) return -1;
    const m = this[facet];
    let c = m.get(v);
    if (c === undefined) m.set(v, (c = m.size));
    return c;
  }

  codeSourceType(t: Bilingual | undefined): number {
    if (!t) return -1;
    let c = this.sourceType.get(t.en);
    if (c === undefined) {
      this.sourceType.set(t.en, (c = this.sourceType.size));
      this.sourceTypeNames.push({ en: t.en, ar: t.ar });
    }
    return c;
  }
}

/** A Coder's values, by their codes: what it takes to read another thread's codes. */
export interface CoderValues {
  province: string[];
  type: string[];
  base: string[];
  sourceType: Bilingual[];
}

export const coderValues = (c: Coder): CoderValues => ({
  province: [...c.province.keys()],
  type: [...c.type.keys()],
  base: [...c.base.keys()],
  sourceType: c.sourceTypeNames.slice(),
});

/** Per facet, another thread's codes as this one's (undefined: not met yet). Keep one per thread. */
export type Recoding = Record<'province' | 'type' | 'base' | 'sourceType', number[]>;
export const newRecoding = (): Recoding => ({ province: [], type: [], base: [], sourceType: [] });

/**
 * Columns made with another thread's Coder, given its values, rewritten in `coder`'s codes.
 * Each facet is read in the chunk's order, so a value takes its code where it first appears,
 * as chunkColumns gives it.
 */
export function recode(c: ChunkColumns, values: CoderValues, from: Recoding, coder: Coder): void {
  const pass = (col: Int32Array, map: number[], code: (local: number) => number) => {
    for (let i = 0; i < col.length; i++) {
      const local = col[i]!;
      if (local < 0) continue;
      let g = map[local];
      if (g === undefined) map[local] = g = code(local);
      col[i] = g;
    }
  };
  pass(c.provinceCode, from.province, (k) => coder.code('province', values.province[k]));
  pass(c.typeCode, from.type, (k) => coder.code('type', values.type[k]));
  pass(c.baseCode, from.base, (k) => coder.code('base', values.base[k]));
  pass(c.sourceTypeCode, from.sourceType, (k) => coder.codeSourceType(values.sourceType[k]));
}

/**
 * One chunk of events as the columns the filters, aggregations and map read, in the chunk's
 * order. Computed where the events are checked (the parsing worker, for a file), so the page
 * never has to hold the events as objects to index them (see ColumnsBuilder).
 */
export interface ChunkColumns {
  /** First and last day the event's date can mean. */
  start: Float64Array;
  end: Float64Array;
  /** Small integer codes (see Coder), -1 for none; sourceTypeCode is an imported row's own
   * category (origin.sourceType.en), -1 for a curated event. */
  provinceCode: Int32Array;
  typeCode: Int32Array;
  baseCode: Int32Array;
  sourceTypeCode: Int32Array;
  /** year * 12 + month (0-based) of the first and last day; -1 for a year-only date. */
  month: Int32Array;
  monthLast: Int32Array;
  /**
   * What the monthly chart counts: for the curated record, the attacks an attack event counts
   * (1 when not given), and its rockets (-1 when not given); for an imported file, 1 per event.
   */
  attacks: Int32Array;
  rockets: Int32Array;
  /** Where the map draws the event (NaN: not as a point). */
  lat: Float64Array;
  lon: Float64Array;
  /** 1 when the event quotes source documents (a curated event), else 0. */
  quoted: Uint8Array;
  /** idHash of the event's id: finds an event by its id without a map of a million strings. */
  idHash: Int32Array;
}

export const INT_COLUMNS = [
  'provinceCode',
  'typeCode',
  'baseCode',
  'sourceTypeCode',
  'month',
  'monthLast',
  'attacks',
  'rockets',
] as const;
export const FLOAT_COLUMNS = ['start', 'end', 'lat', 'lon'] as const;

/** A chunk's columns' buffers, to transfer rather than copy. */
export const chunkColumnBuffers = (c: ChunkColumns): ArrayBuffer[] =>
  [
    ...INT_COLUMNS.map((k) => c[k].buffer),
    ...FLOAT_COLUMNS.map((k) => c[k].buffer),
    c.quoted.buffer,
    c.idHash.buffer,
  ] as ArrayBuffer[];

/** A 32-bit FNV-1a hash of a string's code units. */
export function idHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/*
 * Tables of ids by their hashes (idTable, IdSet): open addressing, each slot holding an entry's
 * number plus one (0: empty), at the hash's slot or the first free one after it. The table's
 * length is a power of two, kept at least twice the entries.
 */

/** Puts entry `entry` in the first free slot from `hash`'s on. */
export function putSlot(table: Int32Array, hash: number, entry: number): void {
  const mask = table.length - 1;
  let i = hash & mask;
  while (table[i] !== 0) i = (i + 1) & mask;
  table[i] = entry + 1;
}

/** The first entry from `hash`'s slot on that `is` accepts, or -1. */
export function findSlot(table: Int32Array, hash: number, is: (entry: number) => boolean): number {
  const mask = table.length - 1;
  for (let i = hash & mask; table[i] !== 0; i = (i + 1) & mask) if (is(table[i]! - 1)) return table[i]! - 1;
  return -1;
}

export function chunkColumns(
  chunk: readonly DrawdownEvent[],
  coder: Coder,
  baseById: ReadonlyMap<string, Base>,
): ChunkColumns {
  const n = chunk.length;
  const c: ChunkColumns = {
    start: new Float64Array(n),
    end: new Float64Array(n),
    provinceCode: new Int32Array(n),
    typeCode: new Int32Array(n),
    baseCode: new Int32Array(n),
    sourceTypeCode: new Int32Array(n),
    month: new Int32Array(n),
    monthLast: new Int32Array(n),
    attacks: new Int32Array(n),
    rockets: new Int32Array(n).fill(-1),
    lat: new Float64Array(n).fill(NaN),
    lon: new Float64Array(n).fill(NaN),
    quoted: new Uint8Array(n),
    idHash: new Int32Array(n),
  };
  for (let k = 0; k < n; k++) {
    const e = chunk[k]!;
    const [s, end] = coder.dayRange(e.date);
    c.start[k] = s;
    c.end[k] = end;
    c.provinceCode[k] = coder.code('province', e.province);
    c.typeCode[k] = coder.code('type', e.type);
    c.baseCode[k] = coder.code('base', e.base);
    c.sourceTypeCode[k] = coder.codeSourceType(e.origin?.sourceType);
    if (e.date.length === 4) c.month[k] = c.monthLast[k] = -1;
    else {
      c.month[k] = monthOfDay(s);
      c.monthLast[k] = monthOfDay(end);
    }
    if (e.origin) c.attacks[k] = 1;
    else if (e.type === 'attack') {
      c.attacks[k] = e.figures?.attacks ?? 1;
      c.rockets[k] = e.figures?.rockets ?? -1;
    }
    c.quoted[k] = e.evidence.length > 0 ? 1 : 0;
    c.idHash[k] = idHash(e.id);
    // Its own point when the source places it exactly or near; a curated event at its base.
    // One known only to a district, governorate or country is not a point (the shading counts it).
    const place = e.origin?.place;
    if (place) {
      if (
        place.lat !== undefined &&
        place.lon !== undefined &&
        (place.precision === 'exact' || place.precision === 'near')
      ) {
        c.lat[k] = place.lat;
        c.lon[k] = place.lon;
      }
    } else {
      const b = e.base ? baseById.get(e.base) : undefined;
      if (b) {
        c.lat[k] = b.lat;
        c.lon[k] = b.lon;
      }
    }
  }
  return c;
}
