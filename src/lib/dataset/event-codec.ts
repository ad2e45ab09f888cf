import { figureKeys } from './vocabulary';
import type { DrawdownEvent, EventType, FigureKey } from './schema';
import type { Lang } from '../i18n/languages';
import { packOrigin, readOrigin } from './origin-codec';

/**
 * Checked events packed for the trip from the parsing worker to the page, and kept so on the
 * page (see PackedEventStore): every string joined into one, with the numbers and where each
 * string starts in typed arrays (transferred, not copied). An event is made again from these
 * only when something reads it.
 *
 * Mirrors eventSchema field for field, an import's provenance included: a unit test fails
 * when the schema gains a field.
 */
export interface PackedEvents {
  /** Strings whose every code unit is below 0x100 (V8 keeps them at one byte a character). */
  text: string;
  /** The others (Arabic, mostly). Apart, so one Arabic title does not make a chunk's whole
   * text two bytes a character. */
  wide: string;
  /** Short values the chunk's events repeat (a file name, a category, a date), each once,
   * joined: one string, not thousands (a million ACLED rows repeat ~2 million values in their
   * chunks; as strings of their own, each was one more object on the page's heap to mark). */
  values: string;
  /** Per value, where it ends in `values`. */
  valueEnds: Int32Array;
  /** Per string, `length << 2 | kind` (see Kind): where in text, wide or values it is. */
  strings: Int32Array;
  numbers: Float64Array;
  /** Per event, where it starts: its first string, number, text and wide text (STARTS values
   * each), so one event can be read without reading those before it. */
  starts: Int32Array;
}

/** How a string is held: in `text`, in `wide`, as value n, or as the string before it. */
const enum Kind {
  Text = 0,
  Wide = 1,
  Value = 2,
  Repeat = 3,
}
const STARTS = 4;
/** A value longer than this is text, not a value; a chunk holds at most MAX_VALUES values. */
const VALUE_LENGTH = 120;
const MAX_VALUES = 8_192;

/** The buffers of a packed chunk, to transfer rather than copy. */
export const packedBuffers = (p: PackedEvents): ArrayBuffer[] =>
  [p.strings.buffer, p.numbers.buffer, p.starts.buffer, p.valueEnds.buffer] as ArrayBuffer[];

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

/** Any code unit a one-byte string cannot hold. */
const WIDE = /[\u0100-\uffff]/;

export function packEvents(events: readonly DrawdownEvent[]): PackedEvents {
  // Plain loops and growing arrays: this runs over every event of a large file.
  let text = '';
  let wide = '';
  let last: string | null = null;
  const values: string[] = [];
  const valueAt = new Map<string, number>();
  const strings: number[] = [];
  const numbers: number[] = [];
  const starts: number[] = [];
  /** A string; `value`: one rows repeat, held once per chunk. */
  const put = (s: string, value = false) => {
    if (s === last) {
      strings.push(Kind.Repeat);
      return;
    }
    last = s;
    // One lookup: a chunk puts a million values at a million rows.
    const short = value && s.length <= VALUE_LENGTH;
    let v = short ? valueAt.get(s) : undefined;
    if (v === undefined && short && values.length < MAX_VALUES) valueAt.set(s, (v = values.push(s) - 1));
    if (v !== undefined) strings.push((v << 2) | Kind.Value);
    else if (s.length > 0 && WIDE.test(s)) {
      wide += s;
      strings.push((s.length << 2) | Kind.Wide);
    } else {
      text += s;
      strings.push((s.length << 2) | Kind.Text);
    }
  };
  const record = <T>(r: Partial<Record<FigureKey, T>>, value: (v: T) => number) => {
    const keys = Object.keys(r) as FigureKey[];
    numbers.push(keys.length);
    for (const k of keys) numbers.push(figureKeys.indexOf(k), value(r[k]!));
  };
  for (const e of events) {
    starts.push(strings.length, numbers.length, text.length, wide.length);
    // An event's first string never repeats the one before: each event reads on its own.
    last = null;
    const flags =
      (e.dateNote ? HAS_NOTE : 0) |
      (e.province !== undefined ? HAS_PROVINCE : 0) |
      (e.base !== undefined ? HAS_BASE : 0) |
      (e.figures ? HAS_FIGURES : 0) |
      (e.figureQualifiers ? HAS_QUALIFIERS : 0) |
      (e.origin ? HAS_ORIGIN : 0);
    numbers.push(flags, e.dateInferred ? 1 : 0, e.evidence.length);
    put(e.id);
    put(e.date, true);
    put(e.type, true);
    put(e.title.en, true);
    put(e.title.ar, true);
    put(e.summary.en);
    put(e.summary.ar);
    if (e.dateNote) {
      put(e.dateNote.en, true);
      put(e.dateNote.ar, true);
    }
    if (e.province !== undefined) put(e.province, true);
    if (e.base !== undefined) put(e.base, true);
    for (const q of e.evidence) {
      put(q.source, true);
      put(q.quote);
    }
    if (e.figures) record(e.figures, (v) => v);
    if (e.figureQualifiers) record(e.figureQualifiers, (v) => QUALIFIERS.indexOf(v));
    if (e.origin) packOrigin(e.origin, e.summary.en, numbers, put);
  }
  return {
    text,
    wide,
    values: values.join(''),
    valueEnds: endsOf(values),
    strings: Int32Array.from(strings),
    numbers: Float64Array.from(numbers),
    starts: Int32Array.from(starts),
  };
}

function endsOf(strings: readonly string[]): Int32Array {
  const ends = new Int32Array(strings.length);
  let at = 0;
  for (let i = 0; i < strings.length; i++) ends[i] = at += strings[i]!.length;
  return ends;
}

export function unpackEvents(packed: PackedEvents): DrawdownEvent[] {
  return new Unpacker(packed).next(Infinity);
}

/** Reads packed events in turn (next) or one by one (at). */
export class Unpacker {
  private ti = 0;
  private wat = 0;
  private last = '';
  private si = 0;
  private ni = 0;
  constructor(private readonly packed: PackedEvents) {}

  get done(): boolean {
    return this.ni >= this.packed.numbers.length;
  }

  /** Events in the chunk. */
  get count(): number {
    return this.packed.starts.length / STARTS;
  }

  /** Up to `max` more events. */
  next(max: number): DrawdownEvent[] {
    const events: DrawdownEvent[] = [];
    while (this.ni < this.packed.numbers.length && events.length < max) events.push(this.read());
    return events;
  }

  /** The chunk's event k, read on its own (next() then goes on from the event after it). */
  at(k: number): DrawdownEvent {
    this.seek(k);
    return this.read();
  }

  /** The chunk's event k's id: its first string. */
  idAt(k: number): string {
    this.seek(k);
    return this.str();
  }

  /** The chunk's event k's title in one language, without making the event (a sort reads
   * every row's). */
  titleAt(k: number, lang: Lang): string {
    this.seek(k);
    // id, date, type, then the title: English, Arabic.
    for (let n = lang === 'en' ? 3 : 4; n > 0; n--) this.str();
    return this.str();
  }

  /** The chunk's event k's figure, or undefined; read from the numbers alone. */
  figureAt(k: number, key: FigureKey): number | undefined {
    const { numbers, starts } = this.packed;
    // Flags, dateInferred and the evidence count, then the figures (see packEvents).
    let at = starts[k * STARTS + 1]!;
    if (!(numbers[at]! & HAS_FIGURES)) return undefined;
    at += 3;
    const wanted = figureKeys.indexOf(key);
    for (let n = numbers[at++]!; n > 0; n--, at += 2) if (numbers[at] === wanted) return numbers[at + 1];
    return undefined;
  }

  private seek(k: number): void {
    const s = this.packed.starts;
    const b = k * STARTS;
    this.si = s[b]!;
    this.ni = s[b + 1]!;
    this.ti = s[b + 2]!;
    this.wat = s[b + 3]!;
  }

  private str(): string {
    const { text, wide, values, valueEnds, strings } = this.packed;
    const v = strings[this.si++]!;
    const n = v >> 2;
    switch ((v & 3) as Kind) {
      case Kind.Text:
        this.last = text.slice(this.ti, (this.ti += n));
        break;
      case Kind.Wide:
        this.last = wide.slice(this.wat, (this.wat += n));
        break;
      case Kind.Value:
        this.last = values.slice(n > 0 ? valueEnds[n - 1] : 0, valueEnds[n]);
        break;
      case Kind.Repeat:
    }
    return this.last;
  }

  private num(): number {
    return this.packed.numbers[this.ni++]!;
  }

  private read(): DrawdownEvent {
    const str = () => this.str();
    const num = () => this.num();
    const pairs = <T>(value: (v: number) => T): Partial<Record<FigureKey, T>> => {
      const out: Partial<Record<FigureKey, T>> = {};
      for (let n = num(); n > 0; n--) {
        const key = figureKeys[num()]!;
        out[key] = value(num());
      }
      return out;
    };
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
    e.evidence = evidenceCount
      ? Array.from({ length: evidenceCount }, () => ({ source: str(), quote: str() }))
      : NO_EVIDENCE;
    if (flags & HAS_ORIGIN) e.origin = readOrigin(str, num, summary.en);
    return e as DrawdownEvent;
  }
}
