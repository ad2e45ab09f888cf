/**
 * A CSV export read in parts, a worker each (see csv-parts.ts): one reader goes through the
 * rows and hands each part whole chunks of them as bytes, chunk j to part j mod the parts.
 * Finding where rows end is the cheap part of an import; making, checking, packing and folding
 * events is most of it, and that is what the parts share out. What the parts cannot know alone,
 * this module puts together: the chunks in the file's order, ids unique across the whole file,
 * and one result.
 */
import type { Dataset, DrawdownEvent } from '../dataset/schema';
import type { RowProblem } from './row-problem';
import { coverageOf, type Imported } from './import-csv';
import { tieId } from './rows';
import { IdSet } from './id-set';

export interface Part {
  /** One chunk's events, checked (none, when every row was set aside). */
  onChunk: (events: DrawdownEvent[], chunk: number, context: Pick<Dataset, 'bases' | 'provinces'>) => void;
}

/** What a part knows of its own chunks, beside what every part counts alike (rows). */
export interface PartSummary {
  kept: number;
  /** First and last day of its events. */
  lo: number;
  hi: number;
}

/**
 * A chunk's ids as its part made them, before ties (a part leaves them to ChunkOrder: see
 * eventRows), joined by line breaks (an id has none), and each event's row.
 */
export interface ChunkIds {
  bases: string;
  rows: Int32Array;
  /** idHash of each: the chunk's column of the index (see ChunkColumns), the same array. */
  hashes: Int32Array;
}

/** What the parts' chunks must carry for ChunkOrder. */
export interface OrderedChunk {
  ids: ChunkIds;
}

/**
 * Takes the parts' chunks as they come and hands them on in the file's order. Across the
 * file, the first event with an id keeps it and a later one takes its row number (see
 * uniqueOf); the parts leave ties alone, so this is where they are broken, in order: `emit`
 * gets the new ids by place in the chunk, or null (nearly always: an export's ids are its own).
 */
export class ChunkOrder<T extends OrderedChunk> {
  private next = 0;
  private readonly waiting = new Map<number, T>();
  private readonly ids = new IdSet();

  constructor(private readonly emit: (chunk: T, renamed: Map<number, string> | null) => void) {}

  add(index: number, chunk: T): void {
    this.waiting.set(index, chunk);
    for (let c = this.waiting.get(this.next); c !== undefined; c = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.emit(c, this.replay(c.ids));
    }
  }

  private replay({ bases, rows, hashes }: ChunkIds): Map<number, string> | null {
    if (rows.length === 0) return null;
    const ids = this.ids;
    const list = ids.addList(bases);
    let renamed: Map<number, string> | null = null;
    for (let k = 0; k < rows.length; k++) {
      const hash = hashes[k]!;
      // As uniqueOf does, without making the id's string unless its hash is in already.
      const base = ids.mayHave(hash) ? ids.listed(list, k) : null;
      if (base !== null && ids.has(base, hash)) {
        const id = tieId(base, rows[k]!);
        ids.addOwn(id);
        (renamed ??= new Map()).set(k, id);
      } else ids.addListed(hash, list, k);
    }
    return renamed;
  }

  /** Chunks handed on so far. */
  get done(): number {
    return this.next;
  }
}

/** The ids of a part's chunk, for ChunkOrder; `hashes`: their idHash, in order. */
export function chunkIds(events: readonly DrawdownEvent[], hashes: Int32Array): ChunkIds {
  const rows = Int32Array.from(events, (e) => e.origin!.row);
  return { bases: events.map((e) => e.id).join('\n'), rows, hashes };
}

/** What one part read. */
export interface PartResult {
  data: Dataset;
  rejected: RowProblem[];
  outsideIraq: number;
  part: PartSummary;
}

/**
 * The parts' results as one, as the file read whole gives it (ids aside: see ChunkOrder).
 * `rows`: the rows the reader that split the file read.
 */
export function mergeParts(parts: PartResult[], rows: number, reference: Dataset): Imported {
  const first = parts[0]!;
  const sums = parts.map((p) => p.part);
  const kept = sums.reduce((n, s) => n + s.kept, 0);
  const lo = Math.min(...sums.map((s) => s.lo));
  const hi = Math.max(...sums.map((s) => s.hi));
  const { from, to } = coverageOf(kept, lo, hi, reference);
  const meta = { ...first.data.meta, asOf: to, coverage: { from, to } };
  return {
    kind: 'events',
    rows,
    outsideIraq: parts.reduce((n, p) => n + p.outsideIraq, 0),
    rejected: mergeByRow(parts.map((p) => p.rejected)),
    data: { ...first.data, meta },
  };
}

/** Lists each in row order, as one in row order. */
function mergeByRow(lists: RowProblem[][]): RowProblem[] {
  const out: RowProblem[] = [];
  const at = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let k = 0; k < lists.length; k++) {
      const i = at[k]!;
      if (i < lists[k]!.length && (best < 0 || lists[k]![i]!.row < lists[best]![at[best]!]!.row)) best = k;
    }
    if (best < 0) return out;
    out.push(lists[best]![at[best]!++]!);
  }
}
