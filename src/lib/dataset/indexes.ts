import type { Base, Dataset, Dispute, DrawdownEvent } from './schema';
import { normalizeForSearch } from '../search/normalize';
import { unpackStrings, type PackedStrings } from './event-codec';
import { ArrayEvents, PackedEventStore, ReorderedEvents, type EventList } from './event-store';
import {
  chunkColumns,
  Coder,
  idHash,
  FLOAT_COLUMNS,
  INT_COLUMNS,
  type ChunkColumns,
  type EventChunk,
  type Named,
} from './event-columns';

/**
 * Everything the filters and aggregations read, for every event: the columns of ChunkColumns
 * (the per-event codes, days, months, counts and points), all in date order.
 */
export interface DatasetIndex extends Omit<ChunkColumns, 'idHash'> {
  /** In date order, like every column here (see fileOrder). */
  events: EventList;
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
  /** Each coded value's code (see Coder): the filters compare numbers, not strings. */
  codes: {
    province: Map<string, number>;
    type: Map<string, number>;
    base: Map<string, number>;
    sourceType: Map<string, number>;
  };
  /** Per sourceType code, the category's names in both languages. */
  sourceTypeNames: readonly Named[];
  /**
   * The events, and every column here, are in date order (first day; ties in file order):
   * the filters and aggregations read the columns in sequence, and their results come out
   * sorted by date with no sort. At a million events, reading them at random in date order
   * cost about five times as much. `fileOrder[i]` is event i's place in the file, for what
   * arrives in file order later (the worker's search text).
   */
  fileOrder: Int32Array;
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
  const { events, baseById, provinces } = index;
  index.search ??= Array.from({ length: events.length }, (_, i) =>
    normalizeForSearch(searchSource(events.get(i), baseById, provinces)),
  );
  return index.search;
}

const concat = <T extends Float64Array | Int32Array | Uint8Array>(parts: T[], make: (n: number) => T): T => {
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
 * An event's place in the index by its id: its place in the file, found through a hash table
 * of the ids' hashes (typed arrays, built on the first lookup in ~20 ms at a million), then
 * where it went in date order. A Map of a million id strings took ~1 s to build on the page;
 * here only the ids whose hash matches are read, without making their events.
 */
export class EventLookup {
  private table: Int32Array | null = null;
  constructor(
    private readonly inFile: EventList,
    /** Per event in file order, idHash of its id. */
    private readonly hashes: Int32Array,
    private readonly place: Int32Array | null,
  ) {}

  /** Slots hold a place in the file plus one (0: empty), at the hash's slot or after it. */
  private slots(): Int32Array {
    if (!this.table) {
      const n = this.hashes.length;
      const t = new Int32Array(2 ** Math.ceil(Math.log2(2 * n + 2)));
      const mask = t.length - 1;
      for (let f = 0; f < n; f++) {
        let i = this.hashes[f]! & mask;
        while (t[i] !== 0) i = (i + 1) & mask;
        t[i] = f + 1;
      }
      this.table = t;
    }
    return this.table;
  }

  private inFileOf(id: string): number | undefined {
    const t = this.slots();
    const mask = t.length - 1;
    const h = idHash(id);
    for (let i = h & mask; t[i] !== 0; i = (i + 1) & mask) {
      const f = t[i]! - 1;
      if (this.hashes[f] === h && this.inFile.id(f) === id) return f;
    }
    return undefined;
  }

  get(id: string): number | undefined {
    const f = this.inFileOf(id);
    return f === undefined || !this.place ? f : this.place[f];
  }

  has(id: string): boolean {
    return this.inFileOf(id) !== undefined;
  }
}

type Columns = { [K in keyof ChunkColumns]: ChunkColumns[K][] };

/**
 * Builds the per-event arrays chunk by chunk, as a large file's events arrive from the
 * parsing worker: the worker sends each chunk's columns beside its packed events, the page
 * keeps both, and only the date order is left for the end. A small dataset's events (the
 * curated record, tests) are added as objects and their columns computed here.
 */
export class IndexBuilder {
  private readonly cols: Columns = {
    start: [],
    end: [],
    provinceCode: [],
    typeCode: [],
    baseCode: [],
    sourceTypeCode: [],
    month: [],
    monthLast: [],
    attacks: [],
    rockets: [],
    lat: [],
    lon: [],
    quoted: [],
    idHash: [],
  };
  /**
   * Runs of event indexes in date order, merged as they come while the one on top is at
   * least as long as the one below (so sizes halve down the stack): the merging is spread
   * over the load, and what is left for the end is a few merges of ever smaller runs.
   */
  private readonly runs: Run[] = [];
  /** Events added as objects, or as packed chunks: one or the other. */
  private readonly objects: DrawdownEvent[] = [];
  private readonly packed = new PackedEventStore();
  private readonly coder = new Coder();
  private readonly baseById: ReadonlyMap<string, Base>;
  private n = 0;

  /** `bases`: where a curated event is drawn (its base), for events added as objects. */
  constructor(bases: readonly Base[] = []) {
    this.baseById = new Map(bases.map((b) => [b.id, b]));
  }

  add(chunk: readonly DrawdownEvent[]): void {
    if (this.packed.length) throw new Error('IndexBuilder: objects added after packed events');
    this.objects.push(...chunk);
    this.addColumns(chunkColumns(chunk, this.coder, this.baseById));
  }

  /** A chunk from the parsing worker: its events packed, their columns, and the codes new in it. */
  addPacked({ events, columns, codes }: EventChunk): void {
    if (this.objects.length) throw new Error('IndexBuilder: packed events added after objects');
    this.packed.add(events);
    this.coder.apply(codes);
    this.addColumns(columns);
  }

  private addColumns(columns: ChunkColumns): void {
    const { start } = columns;
    const n = start.length;
    const first = this.n;
    this.n += n;
    const order = Int32Array.from({ length: n }, (_, k) => k).sort((a, b) => start[a]! - start[b]! || a - b);
    this.runs.push({ idx: order.map((k) => k + first), day: Float64Array.from(order, (k) => start[k]!) });
    this.mergeStack();
    for (const k of Object.keys(this.cols) as (keyof Columns)[])
      (this.cols[k] as ChunkColumns[typeof k][]).push(columns[k]);
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
    const gather = <T extends Float64Array | Int32Array | Uint8Array>(col: T): T => {
      if (sorted) return col;
      const out = col.slice() as T;
      for (let k = 0; k < n; k++) out[k] = col[byDate[k]!]!;
      return out;
    };
    const inFile: EventList = this.objects.length ? new ArrayEvents(this.objects) : this.packed;
    const events = sorted ? inFile : new ReorderedEvents(inFile, byDate);
    yield;
    let place: Int32Array | null = null;
    if (!sorted) {
      place = new Int32Array(n);
      for (let k = 0; k < n; k++) place[byDate[k]!] = k;
    }
    const ints = {} as Record<(typeof INT_COLUMNS)[number], Int32Array>;
    for (const name of INT_COLUMNS) {
      yield;
      ints[name] = gather(concat(c[name], (k) => new Int32Array(k)));
    }
    const floats = {} as Record<(typeof FLOAT_COLUMNS)[number], Float64Array>;
    for (const name of FLOAT_COLUMNS) {
      yield;
      floats[name] = gather(
        name === 'start' ? start : name === 'end' ? end : concat(c[name], (k) => new Float64Array(k)),
      );
    }
    yield;
    const { province, type, base, sourceType, sourceTypeNames } = this.coder;
    return {
      ...ints,
      ...floats,
      quoted: gather(concat(c.quoted, (k) => new Uint8Array(k))),
      events,
      codes: { province, type, base, sourceType },
      sourceTypeNames,
      fileOrder: byDate,
      search: search && inFileOrder(search, byDate),
      provinces: data.provinces,
      eventById: new EventLookup(
        inFile,
        concat(c.idHash, (k) => new Int32Array(k)),
        place,
      ),
      baseById: new Map(data.bases.map((b) => [b.id, b])),
      disputesByRecord,
      minDay: n ? minDay : 0,
      maxDay: n ? maxDay : 0,
    };
  }
}

/** Builds, once per dataset, everything the filters and aggregations need. */
export function buildIndex(data: Dataset, search: string[] | null = null): DatasetIndex {
  const builder = new IndexBuilder(data.bases);
  builder.add(data.events);
  return builder.finish(data, search);
}

/** An imported file's own categories, by the value the filter uses, with both languages' names. */
export function sourceTypesOf(index: DatasetIndex): Map<string, Named> {
  return new Map(
    index.sourceTypeNames.map((t) => [t.en, t] as const).sort((a, b) => a[0].localeCompare(b[0])),
  );
}
