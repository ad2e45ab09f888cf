import type { Base, Bilingual, DrawdownEvent } from './schema';
import { concat } from '../concat';
import {
  chunkColumns,
  Coder,
  FLOAT_COLUMNS,
  INT_COLUMNS,
  putSlot,
  recode,
  type ChunkColumns,
  type CoderValues,
  type Recoding,
} from './event-columns';
import { sumTallies, tallyMonthsBy, TALLY_COLUMNS, type MonthTally } from './month-tally';

/**
 * Every event's columns (see ChunkColumns) in date order (first day; ties in file order), and
 * what it takes to get from the file's order to that one. Built where the events are checked:
 * for a file, in the parsing worker as its chunks pass, so the page receives it whole.
 */
export interface IndexColumns extends Omit<ChunkColumns, 'idHash'> {
  /**
   * `fileOrder[i]`: event i's place in the file. The filters and aggregations read the columns
   * in sequence, and their results come out sorted by date with no sort; at a million events,
   * reading them at random in date order cost about five times as much.
   */
  fileOrder: Int32Array;
  /**
   * Every event's row, 0 to n - 1: what the filters give when nothing is filtered. Made with
   * the columns, off the page: at a million events the loop took ~60 ms of a view's first
   * render on the page (run once, it never left V8's interpreter). Read only, as all rows
   * are: for a file in date order it is `fileOrder` itself.
   */
  all: Int32Array;
  /** Every event's attacks per month (see tallyRows). */
  months: MonthTally;
  /** The same per governorate code c, in slot c + 1 (slot 0: events with none), over the same
   * months: a governorate filter's tally is their sum (see tallyWithoutRows). */
  provinceMonths: MonthTally[];
  /** `place[f]`: where the file's event f went in date order; null when the file was in order. */
  place: Int32Array | null;
  /** Per event in file order, idHash of its id, and the hash table over them (see idTable). */
  idHash: Int32Array;
  idTable: Int32Array;
  codes: {
    province: Map<string, number>;
    type: Map<string, number>;
    base: Map<string, number>;
    sourceType: Map<string, number>;
  };
  /** Per sourceType code, the category's names in both languages. */
  sourceTypeNames: Bilingual[];
  /** First and last day any event can mean. */
  minDay: number;
  maxDay: number;
  /** Per event: the latest last day among events 0..i (rising), to find where a range can begin. */
  latestEnd: Float64Array;
  /** Per coded facet, each value's events in date order (see postingsOf). */
  postings: Record<CodedFacet, Postings>;
}

export type CodedFacet = 'province' | 'type' | 'base';

/** Each value's events, in date order: those of code c are items[offsets[c + 1]..offsets[c + 2]),
 * slot 0 being the events with none. */
export interface Postings {
  offsets: Int32Array;
  items: Int32Array;
}

/** A counting sort: one pass to count each value's events, one to place them. */
export function postingsOf(codes: Int32Array, values: number): Postings {
  const offsets = new Int32Array(values + 2);
  for (let i = 0; i < codes.length; i++) offsets[codes[i]! + 2]! += 1;
  for (let c = 1; c < offsets.length; c++) offsets[c]! += offsets[c - 1]!;
  const at = offsets.slice();
  const items = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) items[at[codes[i]! + 1]!++] = i;
  return { offsets, items };
}

/** The buffers of the columns, to transfer rather than copy. */
export const indexColumnBuffers = (c: IndexColumns): ArrayBuffer[] => [
  // Once each: a file in date order shares one list for `fileOrder` and `all`.
  ...new Set([
    ...INT_COLUMNS.map((k) => c[k].buffer),
    ...FLOAT_COLUMNS.map((k) => c[k].buffer),
    c.quoted.buffer,
    c.idHash.buffer,
    c.idTable.buffer,
    c.fileOrder.buffer,
    c.all.buffer,
    ...(c.place ? [c.place.buffer] : []),
    c.latestEnd.buffer,
    ...[c.months, ...c.provinceMonths].flatMap((t) => TALLY_COLUMNS.map((k) => t[k].buffer)),
    ...Object.values(c.postings).flatMap((p) => [p.offsets.buffer, p.items.buffer]),
  ] as ArrayBuffer[]),
];

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
 * A hash table of ids by their hashes (see putSlot), each entry a place in the file. Typed, so
 * it costs ~20 ms to build at a million events and travels from the worker for free.
 */
export function idTable(hashes: Int32Array): Int32Array {
  const n = hashes.length;
  const t = new Int32Array(2 ** Math.ceil(Math.log2(2 * n + 2)));
  for (let f = 0; f < n; f++) putSlot(t, hashes[f]!, f);
  return t;
}

type Columns = { [K in keyof ChunkColumns]: ChunkColumns[K][] };

/**
 * Builds the columns chunk by chunk as the events are checked, and sorts them into date order
 * at the end: runs of event indexes in date order are merged as they come while the one on top
 * is at least as long as the one below (so sizes halve down the stack), so the merging is
 * spread over the load and what is left for the end is a few merges of ever smaller runs.
 * Keeps no event: only their columns.
 */
export class ColumnsBuilder {
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
  private readonly runs: Run[] = [];
  private readonly coder = new Coder();
  private readonly baseById: ReadonlyMap<string, Base>;
  private n = 0;

  /** `bases`: where a curated event is drawn (its base). */
  constructor(bases: readonly Base[]) {
    this.baseById = new Map(bases.map((b) => [b.id, b]));
  }

  add(chunk: readonly DrawdownEvent[]): void {
    this.addColumns(chunkColumns(chunk, this.coder, this.baseById));
  }

  /**
   * The next chunk, its columns made by another thread with a Coder of its own (`values`;
   * `from`: that thread's Recoding, see recode).
   */
  addRecoded(columns: ChunkColumns, values: CoderValues, from: Recoding): void {
    recode(columns, values, from, this.coder);
    this.addColumns(columns);
  }

  private addColumns(columns: ChunkColumns): void {
    const { start } = columns;
    const n = start.length;
    const first = this.n;
    this.n += n;
    const order = Int32Array.from({ length: n }, (_, k) => k).sort((a, b) => start[a]! - start[b]! || a - b);
    this.runs.push({ idx: order.map((k) => k + first), day: Float64Array.from(order, (k) => start[k]!) });
    const r = this.runs;
    while (r.length > 1 && r.at(-1)!.idx.length >= r.at(-2)!.idx.length) {
      const b = r.pop()!;
      r.push(mergeRuns(r.pop()!, b));
    }
    for (const k of Object.keys(this.cols) as (keyof Columns)[])
      (this.cols[k] as ChunkColumns[typeof k][]).push(columns[k]);
  }

  /** Every event's columns, in date order. */
  finish(): IndexColumns {
    const c = this.cols;
    const r = this.runs;
    while (r.length > 1) {
      const b = r.pop()!;
      r.push(mergeRuns(r.pop()!, b));
    }
    const n = this.n;
    const byDate = r[0]?.idx ?? new Int32Array(0);
    const sorted = byDate.every((f, k) => f === k);
    // Everything in date order: one gather per column, once.
    const gather = <T extends Float64Array | Int32Array | Uint8Array>(col: T): T => {
      if (sorted) return col;
      const out = col.slice() as T;
      for (let k = 0; k < n; k++) out[k] = col[byDate[k]!]!;
      return out;
    };
    let place: Int32Array | null = null;
    let all = byDate;
    if (!sorted) {
      place = new Int32Array(n);
      all = new Int32Array(n);
      for (let k = 0; k < n; k++) {
        place[byDate[k]!] = k;
        all[k] = k;
      }
    }
    const ints = {} as Record<(typeof INT_COLUMNS)[number], Int32Array>;
    for (const name of INT_COLUMNS) ints[name] = gather(concat(c[name], (k) => new Int32Array(k)));
    const floats = {} as Record<(typeof FLOAT_COLUMNS)[number], Float64Array>;
    for (const name of FLOAT_COLUMNS) floats[name] = gather(concat(c[name], (k) => new Float64Array(k)));
    let minDay = Infinity;
    let maxDay = -Infinity;
    const latestEnd = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (floats.start[i]! < minDay) minDay = floats.start[i]!;
      if (floats.end[i]! > maxDay) maxDay = floats.end[i]!;
      latestEnd[i] = maxDay;
    }
    const { province, type, base, sourceType, sourceTypeNames } = this.coder;
    const idHash = concat(c.idHash, (k) => new Int32Array(k));
    const provinceMonths = tallyMonthsBy(ints, all, ints.provinceCode, province.size);
    return {
      ...ints,
      ...floats,
      quoted: gather(concat(c.quoted, (k) => new Uint8Array(k))),
      idHash,
      idTable: idTable(idHash),
      fileOrder: byDate,
      all,
      months: sumTallies(provinceMonths),
      provinceMonths,
      place,
      codes: { province, type, base, sourceType },
      sourceTypeNames,
      minDay: n ? minDay : 0,
      maxDay: n ? maxDay : 0,
      latestEnd,
      postings: {
        province: postingsOf(ints.provinceCode, province.size),
        type: postingsOf(ints.typeCode, type.size),
        base: postingsOf(ints.baseCode, base.size),
      },
    };
  }
}
