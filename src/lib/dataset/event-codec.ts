import { figureKeys } from './vocabulary';
import type { DrawdownEvent, EventType, FigureKey } from './schema';

/**
 * Validated events packed for the trip from the parsing worker to the page: every string
 * joined into one, with their lengths and the numbers in typed arrays (transferred, not
 * copied). At 100,000 events the browser's own copy of the objects took ~0.5 s to read on
 * the page; reading the packed form and rebuilding the objects takes ~0.3 s, and packing
 * costs the worker about what the browser's copy did.
 *
 * Mirrors eventSchema field for field: a unit test fails when the schema gains a field.
 */
export interface PackedEvents {
  text: string;
  lengths: Int32Array;
  numbers: Float64Array;
  /**
   * Imported rows' provenance as JSON, apart from `text`: the events' strings are slices of
   * `text` and keep all of it alive, where this is parsed into fresh strings and dropped
   * (~0.5 KB an imported row that would otherwise stay in memory twice).
   */
  origins: string;
  originLengths: Int32Array;
}

/** The buffers of a packed chunk, to transfer rather than copy. */
export const packedBuffers = (p: PackedEvents): ArrayBuffer[] =>
  [p.lengths.buffer, p.numbers.buffer, p.originLengths.buffer] as ArrayBuffer[];

/** The event fields, in the schema's order, that the codec writes. */
export const PACKED_FIELDS = [
  'id',
  'date',
  'dateInferred',
  'dateNote',
  'type',
  'province',
  'base',
  'title',
  'summary',
  'figures',
  'figureQualifiers',
  'evidence',
  'origin',
] as const;

const QUALIFIERS = ['approx', 'atLeast', 'upTo'] as const;

const HAS_NOTE = 1;
const HAS_PROVINCE = 2;
const HAS_BASE = 4;
const HAS_FIGURES = 8;
const HAS_QUALIFIERS = 16;
const HAS_ORIGIN = 32;

export function packEvents(events: readonly DrawdownEvent[]): PackedEvents {
  // Plain loops and growing arrays: this runs over every event of a large file.
  let text = '';
  let origins = '';
  const lengths: number[] = [];
  const numbers: number[] = [];
  const originLengths: number[] = [];
  const put = (s: string) => {
    text += s;
    lengths.push(s.length);
  };
  const record = <T>(r: Partial<Record<FigureKey, T>>, value: (v: T) => number) => {
    const keys = Object.keys(r) as FigureKey[];
    numbers.push(keys.length);
    for (const k of keys) numbers.push(figureKeys.indexOf(k), value(r[k]!));
  };
  for (const e of events) {
    const flags =
      (e.dateNote ? HAS_NOTE : 0) |
      (e.province !== undefined ? HAS_PROVINCE : 0) |
      (e.base !== undefined ? HAS_BASE : 0) |
      (e.figures ? HAS_FIGURES : 0) |
      (e.figureQualifiers ? HAS_QUALIFIERS : 0) |
      (e.origin ? HAS_ORIGIN : 0);
    numbers.push(flags, e.dateInferred ? 1 : 0, e.evidence.length);
    put(e.id);
    put(e.date);
    put(e.type);
    put(e.title.en);
    put(e.title.ar);
    put(e.summary.en);
    put(e.summary.ar);
    if (e.dateNote) {
      put(e.dateNote.en);
      put(e.dateNote.ar);
    }
    if (e.province !== undefined) put(e.province);
    if (e.base !== undefined) put(e.base);
    for (const q of e.evidence) {
      put(q.source);
      put(q.quote);
    }
    if (e.figures) record(e.figures, (v) => v);
    if (e.figureQualifiers) record(e.figureQualifiers, (v) => QUALIFIERS.indexOf(v));
    // An imported row's provenance: nested and varied, so sent as JSON, which it already is.
    if (e.origin) {
      const json = JSON.stringify(e.origin);
      origins += json;
      originLengths.push(json.length);
    }
  }
  return {
    text,
    lengths: Int32Array.from(lengths),
    numbers: Float64Array.from(numbers),
    origins,
    originLengths: Int32Array.from(originLengths),
  };
}

export function unpackEvents(packed: PackedEvents): DrawdownEvent[] {
  return new Unpacker(packed).next(Infinity);
}

/**
 * Reads packed events a few at a time, where the page must not spend long on one chunk: a
 * chunk of 4,000 imported rows took 150–300 ms to read back on this machine class.
 */
export class Unpacker {
  private at = 0;
  private si = 0;
  private ni = 0;
  private oat = 0;
  private oi = 0;
  constructor(private readonly packed: PackedEvents) {}

  get done(): boolean {
    return this.ni >= this.packed.numbers.length;
  }

  /** Up to `max` more events. */
  next(max: number): DrawdownEvent[] {
    const { text, lengths, numbers, origins, originLengths } = this.packed;
    const str = () => text.slice(this.at, (this.at += lengths[this.si++]!));
    const num = () => numbers[this.ni++]!;
    const pairs = <T>(value: (v: number) => T): Partial<Record<FigureKey, T>> => {
      const out: Partial<Record<FigureKey, T>> = {};
      for (let n = num(); n > 0; n--) {
        const key = figureKeys[num()]!;
        out[key] = value(num());
      }
      return out;
    };
    const events: DrawdownEvent[] = [];
    while (this.ni < numbers.length && events.length < max) {
      const flags = num();
      const dateInferred = num() === 1;
      const evidenceCount = num();
      const id = str();
      const date = str();
      const type = str() as EventType;
      const title = { en: str(), ar: str() };
      const summary = { en: str(), ar: str() };
      // Keys are set in the schema's order, so an exported file reads as the original did.
      const e: Partial<DrawdownEvent> = { id, date, dateInferred };
      if (flags & HAS_NOTE) e.dateNote = { en: str(), ar: str() };
      e.type = type;
      if (flags & HAS_PROVINCE) e.province = str();
      if (flags & HAS_BASE) e.base = str();
      e.title = title;
      e.summary = summary;
      if (flags & HAS_FIGURES) e.figures = pairs((v) => v);
      if (flags & HAS_QUALIFIERS) e.figureQualifiers = pairs((v) => QUALIFIERS[v]!);
      e.evidence = Array.from({ length: evidenceCount }, () => ({ source: str(), quote: str() }));
      if (flags & HAS_ORIGIN)
        e.origin = JSON.parse(
          origins.slice(this.oat, (this.oat += originLengths[this.oi++]!)),
        ) as DrawdownEvent['origin'];
      events.push(e as DrawdownEvent);
    }
    return events;
  }
}

/**
 * A list of strings as UTF-16 code units and their lengths, for a list too large to copy: a
 * buffer is transferred between threads for free, where 100 MB of strings took the page
 * ~200 ms to receive. Decoded on the page when first needed.
 */
export interface PackedStrings {
  units: Uint16Array;
  lengths: Int32Array;
}

export function packStrings(strings: readonly string[]): PackedStrings {
  const lengths = Int32Array.from(strings, (s) => s.length);
  const units = new Uint16Array(lengths.reduce((n, l) => n + l, 0));
  let at = 0;
  for (const s of strings) for (let i = 0; i < s.length; i++) units[at++] = s.charCodeAt(i);
  return { units, lengths };
}

export function unpackStrings({ units, lengths }: PackedStrings): string[] {
  const text = new TextDecoder('utf-16le').decode(units);
  const out = new Array<string>(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) out[i] = text.slice(at, (at += lengths[i]!));
  return out;
}
