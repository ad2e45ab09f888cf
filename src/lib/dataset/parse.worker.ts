/// <reference lib="webworker" />
import { DatasetError, fetchBodyLimited, fetchBodySized, fetchBytesLimited } from './errors';
import type { Parsed } from './parse-core';
import type { Dataset, DrawdownEvent } from './schema';
import type { EventSink } from './record-checks';
import type { SetAside } from '../import/row-problem';
import type { PackedEvents } from './event-codec';
import type { PackedStrings } from './packed-strings';
import type { PackedChunk } from './pack-chunk';
import { ColumnsBuilder, indexColumnBuffers, type IndexColumns } from './index-columns';
import { isCsvName, isParquetName, readsAsCsv } from '../import/sniff';
import { ALONE_CHUNK } from './chunk-size';
import type { Check } from './check-reason';

export type WorkerRequest = (
  | { bytes: ArrayBuffer; origin: string }
  /** A file the analyst opened: a JSON file is read as a stream, like a URL's. */
  | { file: File; origin: string }
  | { url: string }
) & {
  /** For CSV imports: how near a base remote violence counts as an attack on it (km). */
  radiusKm: number;
  /** The bundled dataset's URL: a CSV import keeps its bases and troop levels as reference. */
  referenceUrl: string;
  /** Whether the page shows only its loading screen meanwhile (see ALONE_CHUNK). */
  alone?: boolean;
};
export type WorkerReply =
  /** Valid events, in file order, as each chunk passes validation (see packEvents), with
   * their folded search text. */
  | { ok: true; events: PackedEvents; search: PackedStrings }
  /** Every event's columns, in date order, once the last chunk has passed (see ColumnsBuilder). */
  | { ok: true; index: IndexColumns }
  /** Rows of a CSV read so far, rejected ones included. */
  | { ok: true; rows: number }
  /** Records set aside, REJECTED_SLICE at a time, in order, before `parsed`. */
  | { ok: true; rejected: SetAside[] }
  /** The rest of the dataset, its `events` and `rejected` empty: they came in the messages
   * before. */
  | { ok: true; parsed: Parsed }
  | { ok: false; kind: DatasetError['kind']; detail: string; status?: number; check?: Check };

/**
 * A CSV export from this size on is read in parts (see csv-parts.ts). Below it the parts'
 * workers cost about what they save. Probe, ACLED rows: 100,000 (33 MB) took ~0.1 s longer
 * in parts, 200,000 (66 MB) ~0.3 s shorter, 400,000 ~1.3 s; the bench, a million: 19.1 s in
 * one part, 14.3 s in parts.
 */
const IN_PARTS_FROM = 64 * 1024 * 1024;
/**
 * Records set aside go to the page this many at a message, each taken in a task of its own.
 * In the one last message, a regional export's rows outside Iraq took the page one task to
 * take in that grew with them: 322,000 of 400,000 ACLED rows, ~0.2 s.
 */
const REJECTED_SLICE = 5_000;
/** A compressed download's size, as a guess at its own: gzip shrinks these exports ~10×. */
const COMPRESSED_AT_LEAST = 6;

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

// Reading and checking a large file takes long enough to freeze the page: it happens here.
// Each chunk of events is posted as soon as it passes, so the page takes one chunk in while
// the next is being checked, instead of receiving 100,000 records at the end in one piece.
self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  const origin = 'url' in req ? req.url : req.origin;
  // (A Parquet file's bytes were transferred here; the page no longer holds them.)
  try {
    const source = await sourceOf(req, origin);
    // The validator (zod) is most of this worker's code: it loads once the download has
    // started, so that compiling it does not hold the request back.
    const code = Promise.all([
      import('./parse-core'),
      import('./pack-chunk'),
      'csv' in source ? import('./csv-parts') : null,
    ]);
    warmIntl();
    const [core, { ChunkPacker, chunkBuffers }, parts] = await code;
    // The index's columns are built here, chunk by chunk, and sorted into date order at the
    // end: the page keeps the events packed and never makes them all (see EventList). Each
    // chunk goes on with its events' folded search text; the events are not kept here (see
    // EventSink): once they have crossed, the page holds the only copy of the rows.
    let columns: ColumnsBuilder | null = null;
    const postChunk = (chunk: PackedChunk) => post({ ok: true, ...chunk }, chunkBuffers(chunk));
    const toPage = (events: DrawdownEvent[], chunk: PackedChunk, { bases }: Pick<Dataset, 'bases'>) => {
      columns ??= new ColumnsBuilder(bases);
      columns.add(events);
      postChunk(chunk);
    };
    // Folded per chunk: folded after the last chunk instead, loading took ~0.6 s less at
    // 100k events, but at a million the worker then worked ~10 s past the load, beside the
    // page (filter changes took half as long again meanwhile).
    const packer = new ChunkPacker();
    const onEvents: EventSink = (events, context) => toPage(events, packer.pack(events, context), context);
    const context = { radiusKm: req.radiusKm, referenceUrl: req.referenceUrl, onEvents };
    const file = fileName(origin);
    const onProgress = (rows: number) => post({ ok: true, rows });
    let parsed: Parsed;
    if ('stream' in source)
      parsed = await core.parseStream(
        await source.stream,
        origin,
        onEvents,
        req.alone ? ALONE_CHUNK : undefined,
      );
    else if ('bytes' in source) parsed = await core.importBytes(await source.bytes, file, context);
    else {
      const { csv, size } = await source.csv;
      // A smaller file is read in one part: starting the parts' workers would cost more.
      if (size !== null && size < IN_PARTS_FROM)
        parsed = await core.importCsvStream(csv, file, { ...context, onProgress });
      else
        ({ parsed, columns } = await parts!.importCsvInParts(csv, file, {
          ...context,
          onChunk: postChunk,
          onProgress,
        }));
    }
    const index = (columns ?? new ColumnsBuilder(parsed.data.bases)).finish();
    post({ ok: true, index }, indexColumnBuffers(index));
    const { rejected } = parsed;
    for (let k = 0; k < rejected.length; k += REJECTED_SLICE)
      post({ ok: true, rejected: rejected.slice(k, k + REJECTED_SLICE) });
    post({ ok: true, parsed: { ...parsed, rejected: [] } });
  } catch (err) {
    post(
      err instanceof DatasetError
        ? { ok: false, kind: err.kind, detail: err.detail, status: err.status, check: err.check }
        : { ok: false, kind: 'invalid', detail: (err as Error).message },
    );
  }
};

/**
 * Makes one Intl formatter while the code downloads. ICU's locale data is set up once per
 * process, ~20 ms, on first use: done here, the page's first date (its header, rendered as
 * the views mount) no longer pays it, in a task that took 60–90 ms beside a layer's reading.
 */
function warmIntl(): void {
  new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(0);
}

type Source =
  | { stream: Promise<ReadableStream<Uint8Array>> }
  | { bytes: Promise<ArrayBuffer> }
  /** A CSV export, read as it is decoded: a file opened, or a download as it arrives; its size
   * in bytes, or a guess from the download's (null: not known). */
  | { csv: Promise<{ csv: Blob | ReadableStream<Uint8Array>; size: number | null }> };

/**
 * How a request's file is read: a Parquet file as bytes, a CSV or JSON file as a stream of
 * bytes, read while it downloads (see parseStream, importCsvStream). A download starts here,
 * before the parser's code has loaded; its failure is reported where it is awaited.
 */
async function sourceOf(req: WorkerRequest, origin: string): Promise<Source> {
  const quiet = <T>(p: Promise<T>) => (p.catch(() => {}), p);
  if ('bytes' in req) return { bytes: Promise.resolve(req.bytes) };
  if ('url' in req) {
    const path = new URL(req.url).pathname;
    if (isParquetName(path)) return { bytes: quiet(fetchBytesLimited(req.url)) };
    if (isCsvName(path))
      return {
        csv: quiet(
          fetchBodySized(req.url).then(({ body, size, compressed }) => ({
            csv: body,
            size: size !== null && compressed ? size * COMPRESSED_AT_LEAST : size,
          })),
        ),
      };
    return { stream: quiet(fetchBodyLimited(req.url)) };
  }
  // A file whose name says neither CSV nor JSON is read as what its first characters look like.
  if (readsAsCsv(origin, await req.file.slice(0, 1000).text()))
    return { csv: Promise.resolve({ csv: req.file, size: req.file.size }) };
  return { stream: Promise.resolve(req.file.stream()) };
}

/** The file name of a path or URL, as the provenance of each row names it. */
const fileName = (origin: string) => origin.split(/[\\/]/).pop()?.split('?')[0] || origin;
