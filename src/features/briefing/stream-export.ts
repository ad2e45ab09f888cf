import type { Rows } from '../../lib/filters/filter-events';
import { packedBuffers } from '../../lib/dataset/event-codec';
import { packEvents } from '../../lib/dataset/event-pack';
import type { Dataset, DrawdownEvent } from '../../lib/dataset/schema';
import { chunkOf, packedChunks, type EventList, type PackedChunks } from '../../lib/dataset/event-store';
import type { Stamp } from '../../lib/dataset/fingerprint';
import { exportWriter, type WriterMessage, type WriterReply } from './export-writer';
import type { CsvContext } from './csv';
import { inSlices, nextTask } from '../../lib/next-task';

/** One layer's share of an export: its events, which of them to write, and its context. */
export interface ExportSource extends CsvContext {
  events: EventList;
  /** Indexes into `events`, in the order to write. */
  rows: Rows;
}

export type ExportSpec =
  | { kind: 'csv'; sources: readonly ExportSource[]; stamp?: Stamp | undefined }
  /** JSON holds one dataset: `dataset` as exported but for its events, which come from `source`. */
  | { kind: 'json'; dataset: Dataset; source: ExportSource };

/** Most events per chunk: packing and posting 5,000 cost the page 100–200 ms; 2,000, under 60. */
const CHUNK = 2_000;
/**
 * A chunk also ends once making its events has taken this long (packing them takes about as
 * long again): at a million imported rows, with their provenance, 2,000 events took 90–210 ms
 * to make and pack on this machine class; cut at 15 ms, no task of the export passed 90 ms.
 */
const SLICE_MS = 15;
/** Chunks written ahead of the writer: enough to keep it busy, few enough to bound memory. */
const AHEAD = 3;
/** Rows per message where the events are held packed (the worker makes them, not the page). */
const ROWS = 4_000;

export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
  }
}

/**
 * Writes an export in a worker, a slice at a time, letting input through between slices so a
 * million rows never block the page: a large file's rows go as places in the chunks the page
 * already holds packed (the worker makes the events); a small list's events are packed here.
 * `progress` hears rows written of the total; `signal` cancels.
 */
export function streamExport(
  spec: ExportSpec,
  progress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<Blob> {
  const sources = spec.kind === 'csv' ? spec.sources : [spec.source];
  const total = sources.reduce((n, s) => n + s.rows.length, 0);
  const { post, replies, stop } = openWriter();
  let written = 0;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  let result: { blob: Blob } | { error: string } | null = null;
  replies((r) => {
    if (r.type === 'ack') {
      inFlight--;
      written += r.events;
      progress(written, total);
    } else result = r.type === 'done' ? { blob: r.blob } : { error: r.message };
    wake?.();
  });
  signal.addEventListener('abort', () => wake?.(), { once: true });
  const until = async (ready: () => boolean) => {
    for (;;) {
      if (signal.aborted) throw new ExportCancelled();
      if (ready()) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  };
  /** A list held as objects (small): its events, made and packed here a slice at a time. */
  const sendEvents = async (s: ExportSource) => {
    for (let k = 0; k < s.rows.length;) {
      await ahead();
      const chunk: DrawdownEvent[] = [];
      const start = performance.now();
      const end = Math.min(k + CHUNK, s.rows.length);
      for (let j = k; j < end; j++) {
        chunk.push(s.events.get(s.rows[j]!));
        // Time is read every 64 events: reading it is not free either.
        if ((j & 63) === 63 && performance.now() - start > SLICE_MS) break;
      }
      k += chunk.length;
      const packed = packEvents(chunk);
      inFlight++;
      post({ type: 'events', packed }, packedBuffers(packed));
      await nextTask();
    }
  };
  /** Runs `make` a slice at a time (see inSlices); a cancel stops it at a pause. */
  const sliced = async <T>(make: Generator<void, T>): Promise<T> => {
    const r = await inSlices(make, () => signal.aborted, SLICE_MS);
    if (r === null) throw new ExportCancelled();
    return r;
  };
  /**
   * A list held packed (a large file's): the rows go as places in its chunks, and each chunk
   * (cloned, as the page holds it) before the first rows that read it. The worker makes the
   * events: at a million rows, making and packing them here held the page 90-130 ms a slice.
   * After the last rows that read a chunk, the worker lets it go.
   */
  const sendRows = async (rows: Rows, held: PackedChunks) => {
    const { chunks, order } = held;
    const uses = await sliced(chunkUses(rows, held));
    for (let m = 0, k = 0; k < rows.length; m++, k += ROWS) {
      await ahead();
      const fresh = uses.first.get(m) ?? [];
      await sliced(each(fresh, (c) => post({ type: 'chunk', index: c, packed: chunks[c]! })));
      const places = rows.slice(k, k + ROWS);
      if (order) for (let j = 0; j < places.length; j++) places[j] = order[places[j]!]!;
      inFlight++;
      post({ type: 'rows', rows: places }, [places.buffer]);
      const done = uses.last.get(m);
      if (done) post({ type: 'drop', chunks: done });
      await nextTask();
    }
  };
  /** Waits while the writer has enough in hand; throws on a cancel or the writer's error. */
  const ahead = async () => {
    await until(() => inFlight < AHEAD || result !== null);
    if (result && 'error' in result) throw new Error(result.error);
  };
  const run = async (): Promise<Blob> => {
    post(spec.kind === 'csv' ? { type: 'start', kind: 'csv', stamp: spec.stamp } : jsonStart(spec.dataset));
    for (const s of sources) {
      const held = packedChunks(s.events);
      post({
        type: 'part',
        context: { data: { provinces: s.data.provinces, bases: s.data.bases }, layer: s.layer },
        ...(held ? { firsts: held.firsts } : {}),
      });
      await (held ? sendRows(s.rows, held) : sendEvents(s));
    }
    post({ type: 'end' });
    await until(() => result !== null);
    const r = result as { blob: Blob } | { error: string } | null;
    if (!r || 'error' in r) throw new Error(r ? r.error : 'the export stopped');
    return r.blob;
  };
  progress(0, total);
  return run().finally(stop);
}

/**
 * The dataset's JSON as JSON.stringify(dataset, null, 2) writes it, split where its events go:
 * a token stands in for them and the text is cut around it.
 */
function jsonStart(dataset: Dataset): WriterMessage {
  const token = `events-${crypto.randomUUID()}`;
  // The spread keeps `events` where the dataset has it.
  const text = JSON.stringify({ ...dataset, events: token }, null, 2);
  const [before, after] = text.split(`"${token}"`) as [string, string];
  return { type: 'start', kind: 'json', prefix: `${before}[`, suffix: `]${after}` };
}

/** The export worker, or where there are none (tests) the same writer in place. */
function openWriter() {
  let listener: (r: WriterReply) => void = () => {};
  if (typeof Worker === 'undefined') {
    const write = exportWriter((r) => queueMicrotask(() => listener(r)));
    return {
      post: (m: WriterMessage) => write(structuredClone(m)),
      replies: (l: typeof listener) => (listener = l),
      stop: () => {},
    };
  }
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<WriterReply>) => listener(e.data);
  worker.onerror = (e) => listener({ type: 'error', message: e.message || 'the export stopped' });
  return {
    post: (m: WriterMessage, transfer: Transferable[] = []) => worker.postMessage(m, transfer),
    replies: (l: typeof listener) => (listener = l),
    stop: () => worker.terminate(),
  };
}

type ChunkUses = { first: Map<number, number[]>; last: Map<number, number[]> };

/** Per rows message (ROWS rows each), the chunks its rows read first there and last there. */
function* chunkUses(rows: Rows, { chunks, firsts, order }: PackedChunks): Generator<void, ChunkUses> {
  const first = new Int32Array(chunks.length).fill(-1);
  const last = new Int32Array(chunks.length).fill(-1);
  for (let j = 0; j < rows.length; j++) {
    const c = chunkOf(firsts, order ? order[rows[j]!]! : rows[j]!);
    const m = Math.floor(j / ROWS);
    if (first[c]! < 0) first[c] = m;
    last[c] = m;
    if ((j & 4095) === 4095) yield;
  }
  return { first: byMessage(first), last: byMessage(last) };
}

/** The chunks at each message, from each chunk's message (-1: none). */
function byMessage(at: Int32Array): Map<number, number[]> {
  const out = new Map<number, number[]>();
  at.forEach((m, c) => {
    if (m < 0) return;
    const list = out.get(m);
    if (list) list.push(c);
    else out.set(m, [c]);
  });
  return out;
}

/** `f` on each item, a pause after each (for inSlices). */
function* each<T>(items: readonly T[], f: (item: T) => void): Generator<void, true> {
  for (const item of items) {
    f(item);
    yield;
  }
  return true;
}
