import { figureKeys } from './vocabulary';
import type { DrawdownEvent, EventType, FigureKey, Origin } from './schema';

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
  /** Strings whose every code unit is below 0x100 (V8 keeps them at one byte a character). */
  text: string;
  /** The others (Arabic, mostly). Apart, so one Arabic title does not make a chunk's whole
   * text two bytes a character: the events' strings are slices of these and keep them alive. */
  wide: string;
  /** Per string: its length in `text`, `~length` in `wide`, or REPEAT (the string before it). */
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

/** An imported row's evidence: none (its provenance stands instead). One for all rows. */
const NO_EVIDENCE = Object.freeze([]) as unknown as DrawdownEvent['evidence'];

/** A string equal to the one before it (an import's Arabic summary is its English one). */
const REPEAT = -1;
/** Any code unit a one-byte string cannot hold. */
const WIDE = /[\u0100-\uffff]/;

export function packEvents(events: readonly DrawdownEvent[]): PackedEvents {
  // Plain loops and growing arrays: this runs over every event of a large file.
  let text = '';
  let wide = '';
  let origins = '';
  let last: string | null = null;
  const lengths: number[] = [];
  const numbers: number[] = [];
  const originLengths: number[] = [];
  const put = (s: string) => {
    if (s === last) lengths.push(REPEAT);
    else if (s.length > 0 && WIDE.test(s)) {
      wide += s;
      lengths.push(~s.length);
    } else {
      text += s;
      lengths.push(s.length);
    }
    last = s;
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
    wide,
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
  private wat = 0;
  private last = '';
  private si = 0;
  private ni = 0;
  private oat = 0;
  private oi = 0;
  constructor(
    private readonly packed: PackedEvents,
    /** Pass one to every chunk of a file, so its chunks share their repeated values too. */
    private readonly shared = new SharedValues(),
  ) {}

  get done(): boolean {
    return this.ni >= this.packed.numbers.length;
  }

  /** Up to `max` more events. */
  next(max: number): DrawdownEvent[] {
    const { text, wide, lengths, numbers, origins, originLengths } = this.packed;
    const str = () => {
      const n = lengths[this.si++]!;
      if (n >= 0) this.last = text.slice(this.at, (this.at += n));
      else if (n !== REPEAT) this.last = wide.slice(this.wat, (this.wat += ~n));
      return this.last;
    };
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
      const date = this.shared.value(str());
      const type = this.shared.value(str()) as EventType;
      const title = { en: str(), ar: str() };
      const summary = { en: str(), ar: str() };
      // Keys are set in the schema's order, so an exported file reads as the original did.
      const e: Partial<DrawdownEvent> = { id, date, dateInferred };
      if (flags & HAS_NOTE) e.dateNote = { en: str(), ar: str() };
      e.type = type;
      if (flags & HAS_PROVINCE) e.province = this.shared.value(str());
      if (flags & HAS_BASE) e.base = this.shared.value(str());
      e.title = title;
      e.summary = summary;
      if (flags & HAS_FIGURES) e.figures = pairs((v) => v);
      if (flags & HAS_QUALIFIERS) e.figureQualifiers = pairs((v) => QUALIFIERS[v]!);
      e.evidence = evidenceCount
        ? Array.from({ length: evidenceCount }, () => ({ source: this.shared.value(str()), quote: str() }))
        : NO_EVIDENCE;
      if (flags & HAS_ORIGIN)
        e.origin = this.shared.origin(
          JSON.parse(origins.slice(this.oat, (this.oat += originLengths[this.oi++]!))) as Origin,
          summary.en,
        );
      events.push(e as DrawdownEvent);
    }
    return events;
  }
}

/**
 * One copy of what rows repeat. Read apart, a million imported rows held a million copies of
 * their file name, category (an object and its two strings), governorate, type and labels,
 * a third copy of the notes the summary already holds, and an empty evidence list each.
 * Shared values are frozen: nothing may edit one row's provenance through another's.
 */
export class SharedValues {
  private readonly strings = new Map<string, string>();
  private readonly types = new Map<string, Origin['sourceType']>();

  /** The one copy of a short value (a date, a type, a governorate, a file name). */
  value(s: string): string {
    const had = this.strings.get(s);
    if (had !== undefined) return had;
    // A value of this kind repeats from row to row; a long one is text, not a value.
    if (s.length <= 100 && this.strings.size < 10_000) this.strings.set(s, s);
    return s;
  }

  origin(o: Origin, summary: string): Origin {
    o.format = this.value(o.format) as Origin['format'];
    o.file = this.value(o.file);
    o.datePrecision = this.value(o.datePrecision) as Origin['datePrecision'];
    const key = `${o.sourceType.en}\u0000${o.sourceType.ar}`;
    let type = this.types.get(key);
    if (!type) this.types.set(key, (type = Object.freeze(o.sourceType)));
    o.sourceType = type;
    o.place.admin1 = this.value(o.place.admin1);
    o.place.text = this.value(o.place.text);
    for (const t of o.sourceText) {
      t.label = this.value(t.label);
      t.text = t.text === summary ? summary : this.value(t.text);
    }
    return o;
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
