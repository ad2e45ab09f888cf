import { datePrecisions, figureKeys, governorateBy, importFormats, placePrecisions } from './vocabulary';
import type { DrawdownEvent, FigureKey, Origin } from './schema';
import {
  HAS_BASE,
  HAS_FIGURES,
  HAS_NOTE,
  HAS_ORIGIN,
  HAS_PROVINCE,
  HAS_QUALIFIERS,
  Kind,
  QUALIFIERS,
  type PackedEvents,
} from './event-codec';
import { O_FATALITIES, O_HIGH, O_LAT, O_LON, O_LOW, O_SAME, O_TEXTS } from './origin-codec';

/*
 * Events packed as event-codec.ts lays them out and reads them back. Packing is the workers'
 * (and an export's, for a small list), so it lives apart from the reading, which the page
 * needs at once: in one module, both were in the page's first script (+170 bytes gzipped
 * took it past 135 KB).
 */

/** A value longer than this is text, not a value; a chunk holds at most MAX_VALUES values. */
const VALUE_LENGTH = 120;
const MAX_VALUES = 8_192;

/** Any code unit a one-byte string cannot hold. */
const WIDE = /[\u0100-\uffff]/;

/**
 * A string's code units, in an array of their own. The strings are joined first and copied
 * once: written into a growing array string by string instead, packing took 2.5 times as
 * long in Chromium (100,000 events: ~0.75 s against ~0.3 s).
 */
function bytesOf(s: string): Uint8Array {
  const units = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
  return units;
}

/** The same, two bytes a unit (a function of its own, so each loop stays specialised). */
function shortsOf(s: string): Uint16Array {
  const units = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
  return units;
}

export function packEvents(events: readonly DrawdownEvent[]): PackedEvents {
  // Plain loops and growing arrays: this runs over every event of a large file.
  let text = '';
  let wide = '';
  let last: string | null = null;
  let values = '';
  const valueEnds: number[] = [];
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
    if (v === undefined && short && valueEnds.length < MAX_VALUES) {
      values += s;
      valueAt.set(s, (v = valueEnds.push(values.length) - 1));
    }
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
    text: bytesOf(text),
    wide: shortsOf(wide),
    values: shortsOf(values),
    valueEnds: Int32Array.from(valueEnds),
    strings: Int32Array.from(strings),
    numbers: Float64Array.from(numbers),
    starts: Int32Array.from(starts),
  };
}

export function packOrigin(
  o: Origin,
  summary: string,
  numbers: number[],
  put: (s: string, value?: boolean) => void,
) {
  const { place: p, fatalities: f, sourceText } = o;
  let same = 0;
  sourceText.forEach((t, k) => {
    if (t.text === summary) same |= 1 << k;
  });
  numbers.push(
    importFormats.indexOf(o.format) |
      (datePrecisions.indexOf(o.datePrecision) << 3) |
      (placePrecisions.indexOf(p.precision) << 6) |
      (governorateBy.indexOf(p.governorateBy) << 9) |
      (p.lat !== undefined ? O_LAT : 0) |
      (p.lon !== undefined ? O_LON : 0) |
      (f ? O_FATALITIES : 0) |
      (f?.low !== undefined ? O_LOW : 0) |
      (f?.high !== undefined ? O_HIGH : 0) |
      (sourceText.length << O_TEXTS) |
      (same << O_SAME),
    o.row,
  );
  if (p.lat !== undefined) numbers.push(p.lat);
  if (p.lon !== undefined) numbers.push(p.lon);
  if (f) {
    numbers.push(f.best);
    if (f.low !== undefined) numbers.push(f.low);
    if (f.high !== undefined) numbers.push(f.high);
  }
  put(o.file, true);
  put(o.id);
  put(o.sourceType.en, true);
  put(o.sourceType.ar, true);
  put(o.dateGiven, true);
  put(p.text, true);
  put(p.admin1, true);
  sourceText.forEach((t, k) => {
    put(t.label, true);
    if (!(same & (1 << k))) put(t.text, true);
  });
}
