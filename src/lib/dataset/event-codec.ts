import { figureKeys } from './vocabulary';
import type { DrawdownEvent, EventType, FigureKey } from './schema';
import type { Lang } from '../i18n/languages';
import { readOrigin } from './origin-codec';

/**
 * Checked events packed for the trip from the parsing worker to the page, and kept so on the
 * page (see PackedEventStore): every string's code units one after the other, with the numbers
 * and where each string starts, all in typed arrays (transferred, not copied). Strings would
 * be copied at each crossing, at ~3 ms a megabyte each way: 4,000 ACLED rows hold ~1.2 MB of
 * them, and a CSV read in parts crosses twice (part, parsing worker, page). An
 * event is made again from these only when something reads it, a string at a time.
 *
 * Mirrors eventSchema field for field, an import's provenance included: a unit test fails
 * when the schema gains a field.
 */
export interface PackedEvents {
  /** Strings whose every code unit is below 0x100, a byte each. */
  text: Uint8Array;
  /** The others (Arabic, mostly). Apart, so one Arabic title does not make a chunk's whole
   * text two bytes a character. */
  wide: Uint16Array;
  /** Short values the chunk's events repeat (a file name, a category, a date), each once:
   * not thousands of strings (a million ACLED rows repeat ~2 million values in their chunks;
   * as strings of their own, each was one more object on the page's heap to mark). */
  values: Uint16Array;
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
export const enum Kind {
  Text = 0,
  Wide = 1,
  Value = 2,
  Repeat = 3,
}
const STARTS = 4;

/** The buffers of a packed chunk, to transfer rather than copy. */
export const packedBuffers = (p: PackedEvents): ArrayBuffer[] =>
  [p.text, p.wide, p.values, p.strings, p.numbers, p.starts, p.valueEnds].map((a) => a.buffer as ArrayBuffer);

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
export const QUALIFIERS = ['approx', 'atLeast', 'upTo'] as const;

export const HAS_NOTE = 1;
export const HAS_PROVINCE = 2;
export const HAS_BASE = 4;
export const HAS_FIGURES = 8;
export const HAS_QUALIFIERS = 16;
export const HAS_ORIGIN = 32;

/** An imported row's evidence: none (its provenance stands instead). One for all rows. */
const NO_EVIDENCE = Object.freeze([]) as unknown as DrawdownEvent['evidence'];

const EMPTY = new Uint8Array(0);

/** Code units taken by String.fromCharCode at once (arguments are on the stack). */
const PIECE = 4_096;

/** The string of units [from, to). */
function stringOf(units: Uint8Array | Uint16Array, from: number, to: number): string {
  const of = (a: number, b: number) =>
    String.fromCharCode.apply(null, units.subarray(a, b) as unknown as number[]);
  if (to - from <= PIECE) return of(from, to);
  let s = '';
  for (let a = from; a < to; a += PIECE) s += of(a, Math.min(to, a + PIECE));
  return s;
}

export function unpackEvents(packed: PackedEvents): DrawdownEvent[] {
  return new Unpacker(packed).next(Infinity);
}

/** Reads packed events in turn (next) or one by one (at). */
export class Unpacker {
  private ti = 0;
  private wat = 0;
  /** Where the string read last is (a repeat reads it again): its units, from and to. */
  private lastUnits: Uint8Array | Uint16Array = EMPTY;
  private lastFrom = 0;
  private lastTo = 0;
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
    for (let n = lang === 'en' ? 3 : 4; n > 0; n--) this.skip();
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
    this.skip();
    return stringOf(this.lastUnits, this.lastFrom, this.lastTo);
  }

  /** Goes past a string without making it (a sort by title reads a million). */
  private skip(): void {
    const { text, wide, values, valueEnds, strings } = this.packed;
    const v = strings[this.si++]!;
    const n = v >> 2;
    switch ((v & 3) as Kind) {
      case Kind.Text:
        this.lastUnits = text;
        this.lastFrom = this.ti;
        this.lastTo = this.ti += n;
        break;
      case Kind.Wide:
        this.lastUnits = wide;
        this.lastFrom = this.wat;
        this.lastTo = this.wat += n;
        break;
      case Kind.Value:
        this.lastUnits = values;
        this.lastFrom = n > 0 ? valueEnds[n - 1]! : 0;
        this.lastTo = valueEnds[n]!;
        break;
      case Kind.Repeat:
    }
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
