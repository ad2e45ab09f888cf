import type { Base, Dataset, Dispute, DrawdownEvent } from './schema';
import { normalizeForSearch } from '../search/normalize';
import { dayRange, monthOfDay } from '../dates/partial-date';
import { unpackStrings, type PackedStrings } from './event-codec';

export interface DatasetIndex {
  events: DrawdownEvent[];
  /** Per event: first and last day its date can mean. */
  start: Float64Array;
  end: Float64Array;
  /** Per event: folded text of titles, summaries, places and quotes, for search. Built after
   * the rest (in the worker, or on the first search): null until then. Read via searchText(). */
  search: string[] | null;
  /** The search text as the worker sent it, until the first search splits it. */
  searchPacked?: PackedStrings;
  eventById: EventLookup;
  baseById: Map<string, Base>;
  provinces: Dataset['provinces'];
  /** Record id → the disputes that name it, in file order. */
  disputesByRecord: Map<string, Dispute[]>;
  /** Per event: small integer codes for governorate, type and base (-1 for none), so the
   * filters compare numbers instead of strings. `codes` maps each value to its code. */
  provinceCode: Int32Array;
  typeCode: Int32Array;
  baseCode: Int32Array;
  /** An imported row's own category (origin.sourceType.en); -1 for curated events. */
  sourceTypeCode: Int32Array;
  codes: {
    province: Map<string, number>;
    type: Map<string, number>;
    base: Map<string, number>;
    sourceType: Map<string, number>;
  };
  /**
   * The events, and every column here, are in date order (first day; ties in file order):
   * the filters and aggregations read the columns in sequence, and their results come out
   * sorted by date with no sort. At a million events, reading them at random in date order
   * cost about five times as much. `fileOrder[i]` is event i's place in the file, for what
   * arrives in file order later (the worker's search text).
   */
  fileOrder: Int32Array;
  /** Per event: year * 12 + month (0-based) of its first and last day, or -1 for a year-only date. */
  month: Int32Array;
  monthLast: Int32Array;
  /**
   * Per event, what the monthly chart counts: for the curated record, the attacks an attack
   * event counts (1 when not given); for an imported file, 1 per event (its chart counts events).
   */
  attacks: Int32Array;
  rockets: Int32Array;
  /** First and last day any event can mean. */
  minDay: number;
  maxDay: number;
}

/**
 * What an event's search text is folded from: its titles, summaries and quotes and its base's
 * and governorate's names, each once (an import's Arabic summary is its English one).
 */
export function searchSource(
  e: DrawdownEvent,
  baseById: ReadonlyMap<string, Base>,
  provinces: Dataset['provinces'],
): string {
  const base = e.base ? baseById.get(e.base) : undefined;
  const prov = e.province ? provinces[e.province] : undefined;
  const parts: string[] = [];
  for (const s of [e.title.en, e.title.ar, e.summary.en, e.summary.ar, base?.name.en, base?.name.ar])
    if (s && !parts.includes(s)) parts.push(s);
  for (const s of [prov?.name.en, prov?.name.ar]) if (s) parts.push(s);
  for (const q of e.evidence) parts.push(q.quote);
  return parts.join(' ');
}

/** The folded search text of every event; the costliest part of indexing a large file. */
export function searchStrings(
  events: readonly DrawdownEvent[],
  baseById: ReadonlyMap<string, Base>,
  provinces: Dataset['provinces'],
): string[] {
  return events.map((e) => normalizeForSearch(searchSource(e, baseById, provinces)));
}

/** Per-event values given in file order, put in the index's (date) order. */
export function inFileOrder<T>(values: readonly T[], fileOrder: Int32Array): T[] {
  return Array.from(fileOrder, (f) => values[f]!);
}

/** The index's search strings, built here if they have not arrived from the worker yet. */
export function searchText(index: DatasetIndex): string[] {
  if (!index.search && index.searchPacked) {
    index.search = inFileOrder(unpackStrings(index.searchPacked), index.fileOrder);
    delete index.searchPacked;
  }
  index.search ??= searchStrings(index.events, index.baseById, index.provinces);
  return index.search;
}

const concat = <T extends Float64Array | Int32Array>(parts: T[], make: (n: number) => T): T => {
  const out = make(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Event indexes in date order, with their first days (what the merge compares). */
interface Run {
  idx: Int32Array;
  day: Float64Array;
}

/** Merges two runs, `a` holding the earlier events of the file: on a tie its event goes first. */
function mergeRuns(a: Run, b: Run): Run {
  const n = a.idx.length + b.idx.length;
  const idx = new Int32Array(n);
  const day = new Float64Array(n);
  let i = 0;
  let j = 0;
  for (let k = 0; k < n; k++) {
    if (j >= b.idx.length || (i < a.idx.length && a.day[i]! <= b.day[j]!)) {
      idx[k] = a.idx[i]!;
      day[k] = a.day[i++]!;
    } else {
      idx[k] = b.idx[j]!;
      day[k] = b.day[j++]!;
    }
  }
  return { idx, day };
}

/**
 * An event's place in the index by its id: the ids' places in the file, and where each of
 * those went in date order. Rebuilding a map of a million ids after sorting cost ~0.3 s.
 */
export class EventLookup {
  constructor(
    private readonly byId: ReadonlyMap<string, number>,
    private readonly place: Int32Array | null,
  ) {}

  get(id: string): number | undefined {
    const f = this.byId.get(id);
    return f === undefined || !this.place ? f : this.place[f];
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }
}

const INT_COLUMNS = [
  'provinceCode',
  'typeCode',
  'baseCode',
  'sourceTypeCode',
  'month',
  'monthLast',
  'attacks',
  'rockets',
] as const;
type IntColumn = (typeof INT_COLUMNS)[number];

/**
 * Builds the per-event arrays chunk by chunk, as a large file's events arrive from the
 * parsing worker: the page does this work while the worker checks the next chunk, and only
 * the date order is left for the end.
 */
export class IndexBuilder {
  private readonly cols = {
    start: [] as Float64Array[],
    end: [] as Float64Array[],
    provinceCode: [] as Int32Array[],
    typeCode: [] as Int32Array[],
    baseCode: [] as Int32Array[],
    sourceTypeCode: [] as Int32Array[],
    month: [] as Int32Array[],
    monthLast: [] as Int32Array[],
    attacks: [] as Int32Array[],
    rockets: [] as Int32Array[],
  };
  /**
   * Runs of event indexes in date order, merged as they come while the one on top is at
   * least as long as the one below (so sizes halve down the stack): the merging is spread
   * over the load, and what is left for the end is a few merges of ever smaller runs.
   */
  private readonly runs: Run[] = [];
  private readonly events: DrawdownEvent[] = [];
  private readonly eventById = new Map<string, number>();
  private readonly codes = {
    province: new Map<string, number>(),
    type: new Map<string, number>(),
    base: new Map<string, number>(),
    sourceType: new Map<string, number>(),
  };

  add(chunk: readonly DrawdownEvent[]): void {
    const n = chunk.length;
    const start = new Float64Array(n);
    const end = new Float64Array(n);
    const provinceCode = new Int32Array(n);
    const typeCode = new Int32Array(n);
    const baseCode = new Int32Array(n);
    const sourceTypeCode = new Int32Array(n);
    const month = new Int32Array(n);
    const monthLast = new Int32Array(n);
    const attacks = new Int32Array(n);
    const rockets = new Int32Array(n).fill(-1);
    const code = (m: Map<string, number>, v: string | undefined) => {
      if (v === undefined) return -1;
      let c = m.get(v);
      if (c === undefined) m.set(v, (c = m.size));
      return c;
    };
    chunk.forEach((e, k) => {
      this.eventById.set(e.id, this.events.length);
      this.events.push(e);
      [start[k], end[k]] = dayRange(e.date);
      provinceCode[k] = code(this.codes.province, e.province);
      typeCode[k] = code(this.codes.type, e.type);
      baseCode[k] = code(this.codes.base, e.base);
      sourceTypeCode[k] = code(this.codes.sourceType, e.origin?.sourceType.en);
      if (e.date.length === 4) month[k] = monthLast[k] = -1;
      else {
        month[k] = monthOfDay(start[k]!);
        monthLast[k] = monthOfDay(end[k]!);
      }
      if (e.origin) attacks[k] = 1;
      else if (e.type === 'attack') {
        attacks[k] = e.figures?.attacks ?? 1;
        rockets[k] = e.figures?.rockets ?? -1;
      }
    });
    const c = this.cols;
    const first = this.events.length - n;
    const order = Int32Array.from({ length: n }, (_, k) => k).sort((a, b) => start[a]! - start[b]! || a - b);
    this.runs.push({ idx: order.map((k) => k + first), day: Float64Array.from(order, (k) => start[k]!) });
    this.mergeStack();
    c.start.push(start);
    c.end.push(end);
    c.provinceCode.push(provinceCode);
    c.typeCode.push(typeCode);
    c.baseCode.push(baseCode);
    c.sourceTypeCode.push(sourceTypeCode);
    c.month.push(month);
    c.monthLast.push(monthLast);
    c.attacks.push(attacks);
    c.rockets.push(rockets);
  }

  /** Merges the top two runs while the top is at least as long as the one below (the rest
   * are merged at the end, in finishing()). */
  private mergeStack(): void {
    const r = this.runs;
    while (r.length > 1 && r.at(-1)!.idx.length >= r.at(-2)!.idx.length) {
      const b = r.pop()!;
      r.push(mergeRuns(r.pop()!, b));
    }
  }

  /** The index over every event added, for the dataset they belong to (its events are these). */
  finish(data: Omit<Dataset, 'events'>, search: string[] | null = null): DatasetIndex {
    const steps = this.finishing(data, search);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * finish() as steps (a merge, a column, the events' order), for a caller that runs a few
   * per task: at a million events the whole of it held the page ~1 s.
   */
  *finishing(data: Omit<Dataset, 'events'>, search: string[] | null = null): Generator<void, DatasetIndex> {
    const c = this.cols;
    const start = concat(c.start, (n) => new Float64Array(n));
    const end = concat(c.end, (n) => new Float64Array(n));
    const n = start.length;
    let minDay = Infinity;
    let maxDay = -Infinity;
    for (let i = 0; i < n; i++) {
      if (start[i]! < minDay) minDay = start[i]!;
      if (end[i]! > maxDay) maxDay = end[i]!;
    }
    // Appended in place: copying a list per dispute made 40,000 disputes on one record quadratic.
    const disputesByRecord = new Map<string, Dispute[]>();
    for (const d of data.disputes)
      for (const r of d.records) {
        const list = disputesByRecord.get(r);
        if (list) list.push(d);
        else disputesByRecord.set(r, [d]);
      }
    const r = this.runs;
    while (r.length > 1) {
      yield;
      const b = r.pop()!;
      r.push(mergeRuns(r.pop()!, b));
    }
    yield;
    const byDate = this.runs[0]?.idx ?? new Int32Array(0);
    // Everything in date order: one gather per column, once.
    const sorted = byDate.every((f, k) => f === k);
    const gather = <T extends Float64Array | Int32Array>(col: T): T => {
      if (sorted) return col;
      const out = col.slice() as T;
      for (let k = 0; k < n; k++) out[k] = col[byDate[k]!]!;
      return out;
    };
    const column = (parts: Int32Array[]) => gather(concat(parts, (k) => new Int32Array(k)));
    const events = sorted ? this.events : Array.from(byDate, (f) => this.events[f]!);
    yield;
    let place: Int32Array | null = null;
    if (!sorted) {
      place = new Int32Array(n);
      for (let k = 0; k < n; k++) place[byDate[k]!] = k;
    }
    const eventById = new EventLookup(this.eventById, place);
    const cols = {} as Record<IntColumn, Int32Array>;
    for (const name of INT_COLUMNS) {
      yield;
      cols[name] = column(c[name]);
    }
    yield;
    return {
      ...cols,
      events,
      codes: this.codes,
      fileOrder: byDate,
      start: gather(start),
      end: gather(end),
      search: search && inFileOrder(search, byDate),
      provinces: data.provinces,
      eventById,
      baseById: new Map(data.bases.map((b) => [b.id, b])),
      disputesByRecord,
      minDay: n ? minDay : 0,
      maxDay: n ? maxDay : 0,
    };
  }
}

/** Builds, once per dataset, everything the filters and aggregations need. */
export function buildIndex(data: Dataset, search: string[] | null = null): DatasetIndex {
  const builder = new IndexBuilder();
  builder.add(data.events);
  return builder.finish(data, search);
}

/** An imported file's own categories, by the value the filter uses, with both languages' names. */
export function sourceTypesOf(index: DatasetIndex): Map<string, { en: string; ar: string }> {
  const out = new Map<string, { en: string; ar: string }>();
  const wanted = index.codes.sourceType.size;
  for (let i = 0; i < index.events.length && out.size < wanted; i++) {
    const t = index.events[i]!.origin?.sourceType;
    if (t && !out.has(t.en)) out.set(t.en, t);
  }
  return new Map([...out].sort((a, b) => a[0].localeCompare(b[0])));
}
