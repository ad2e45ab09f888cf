import { checkSize, DatasetError, refusal } from './errors';
import { words } from './check-reason';
import type { PackedChunk } from './pack-chunk';
import { importWith, type Parsed } from './parse-core';
import type { PartInput, PartReply } from './csv-part.worker';
import { PartsAssembler } from './part-chunk';
import { ColumnsBuilder } from './index-columns';
import { mergeParts, type PartResult } from '../import/parts';
import { PART_CHUNK } from './chunk-size';
import * as split from '../import/split-csv';
import type { RowsChunk } from '../import/split-csv';
import type { ImportOptions } from '../import/import-csv';
import type { CsvText } from '../import/csv-read';
import { seen, withSample } from '../import/sample';

/** Parts to read a CSV in, a worker each: one per core, at least two, at most four. */
export const partsFor = (cores: number | undefined): number => Math.min(4, Math.max(2, cores || 2));

/** Chunks handed to a part and not yet back from it, past which the reading waits: 12,000
 * rows, as many as when chunks were of 4,000. */
const AHEAD = 12_000 / PART_CHUNK;

export interface PartsContext {
  radiusKm: number;
  referenceUrl: string;
  /** Each chunk, in the file's order. */
  onChunk: (chunk: PackedChunk) => void;
  onProgress: (rows: number) => void;
}

/**
 * A CSV export read in parts (see parts.ts). On a machine of two cores, one worker reading a
 * large file kept one core busy through the load, and the page left the other nearly idle.
 * Here this worker only finds where the rows end (as papaparse finds them) and hands each part
 * its chunks' bytes; the parts, a worker each, make the events. This worker then puts their
 * chunks in the file's order, gives the index's columns the file's codes, and merges the
 * parts' results. Throws DatasetError.
 */
export async function importCsvInParts(
  source: Blob | ReadableStream<Uint8Array>,
  file: string,
  o: PartsContext,
  of = partsFor(navigator.hardwareConcurrency),
): Promise<{ parsed: Parsed; columns: ColumnsBuilder }> {
  if (source instanceof Blob) checkSize(source.size, file);
  const parts = Array.from(
    { length: of },
    () => new Worker(new URL('./csv-part.worker.ts', import.meta.url), { type: 'module' }),
  );
  const send = (k: number, m: PartInput, transfer: Transferable[] = []) => parts[k]!.postMessage(m, transfer);
  let columns: ColumnsBuilder | null = null;
  try {
    const { body, sample } = await withSample(source);
    const parsed = await importWith(file, o, Promise.resolve(split), async (_, options) => {
      const r = await inParts(parts, send, body, { ...options, ...sample }, o);
      columns = r.columns;
      return r.imported;
    });
    return { parsed, columns: columns ?? new ColumnsBuilder(parsed.data.bases) };
  } finally {
    for (const w of parts) w.terminate();
  }
}

async function inParts(
  parts: Worker[],
  send: (k: number, m: PartInput, transfer?: Transferable[]) => void,
  body: ReadableStream<Uint8Array>,
  options: ImportOptions,
  o: PartsContext,
) {
  const { file, geo, reference, dayOrder = null, unreadable = null } = options;
  parts.forEach((_, k) => send(k, { file, radiusKm: o.radiusKm, geo, reference, dayOrder }));
  const rowsIn = new Map<number, number>();
  let rowsDone = 0;
  const assembler = new PartsAssembler(reference.bases, parts.length, (packed, chunk) => {
    o.onChunk(packed);
    rowsDone += rowsIn.get(chunk)!;
    rowsIn.delete(chunk);
    o.onProgress(rowsDone);
  });
  const out = parts.map(() => 0);
  const spares: ArrayBuffer[] = [];
  let wake = () => {};
  const results = parts.map(
    (w, k) =>
      new Promise<PartResult>((resolve, reject) => {
        w.onmessage = (e: MessageEvent<PartReply>) => {
          const m = e.data;
          if ('spare' in m) spares.push(m.spare);
          else if ('chunk' in m) {
            out[k]!--;
            wake();
            assembler.add(m);
          } else if ('done' in m) resolve(m.done);
          else reject(new DatasetError('invalid', file, m.failed, undefined, m.check));
        };
        w.onerror = (e) =>
          reject(
            e.message
              ? new DatasetError('invalid', file, e.message)
              : refusal('invalid', file, 'parserStopped'),
          );
      }),
  );
  const on = {
    header: (header: readonly string[], text: CsvText) => parts.forEach((_, k) => send(k, { header, text })),
    chunk: (rows: RowsChunk) => {
      const k = rows.chunk % parts.length;
      out[k]!++;
      rowsIn.set(rows.chunk, rows.rows);
      send(k, { rows }, [rows.bytes.buffer]);
    },
    // A chunk goes into a buffer a part has read and sent back, when there is one: a fresh
    // buffer for each chunk is a page fault for each 4 KB of it (see eachPiece).
    spare: () => spares.pop(),
    // The next piece waits while a part has AHEAD chunks to read: the text never queues whole.
    hold: async () => {
      while (Math.max(...out) >= AHEAD) await new Promise<void>((r) => (wake = r));
    },
  };
  // A failed part stops the reading at once.
  const failed = Promise.all(results).then(() => new Promise<never>(() => {}));
  const read = await Promise.race([split.splitCsvStream(body, options, on), failed]);
  if (read.kind === 'counts') return { imported: read, columns: assembler.columns };
  parts.forEach((_, k) => send(k, { end: true }));
  const done = await Promise.all(results);
  const chunks = Math.ceil(read.rows / PART_CHUNK);
  if (assembler.done !== chunks) {
    const counts = { done: assembler.done, all: chunks };
    const { message, check } = words('partsRead', undefined, { counts });
    throw new DatasetError('invalid', file, message, undefined, check);
  }
  const imported = mergeParts(done, read.rows, reference);
  return { imported: { ...imported, ...seen({ dayOrder, unreadable }) }, columns: assembler.columns };
}
