/// <reference lib="webworker" />
import { DatasetError, fetchBytesLimited, fetchJsonLimited, fetchTextLimited } from './errors';
import type { ImportSummary, Parsed } from './parse-core';
import type { Base } from './schema';
import type { EventSink } from './record-checks';
import { packEvents, packedBuffers, packStrings, type PackedEvents, type PackedStrings } from './event-codec';
import { isCsvName, isParquetName } from '../import/sniff';

export type WorkerRequest = (
  { text: string; origin: string } | { bytes: ArrayBuffer; origin: string } | { url: string }
) & {
  /** For CSV imports: how near a base remote violence counts as an attack on it (km). */
  radiusKm: number;
  /** The bundled dataset's URL: a CSV import keeps its bases and troop levels as reference. */
  referenceUrl: string;
};
export type WorkerReply =
  /** Valid events, in file order, as each chunk passes validation (see packEvents). */
  | { ok: true; events: PackedEvents }
  /** Rows of a CSV read so far, rejected ones included. */
  | { ok: true; rows: number }
  /** The rest of the dataset, its `events` empty: they came in the chunks before. */
  | { ok: true; parsed: Parsed }
  /** The folded search text of every event, packed (see packStrings). */
  | { ok: true; search: PackedStrings }
  | { ok: false; kind: DatasetError['kind']; detail: string; status?: number };

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
    const path = 'url' in req ? new URL(req.url).pathname : '';
    const csv = 'url' in req && isCsvName(path);
    const parquet = 'url' in req && isParquetName(path);
    const raw =
      'url' in req
        ? parquet
          ? fetchBytesLimited(req.url)
          : csv
            ? fetchTextLimited(req.url)
            : fetchJsonLimited(req.url)
        : null;
    raw?.catch(() => {}); // Reported where it is awaited below.
    // The validator (zod) is most of this worker's code: it loads once the download has
    // started, so that compiling it does not hold the request back.
    const [core, { searchStrings }] = await Promise.all([import('./parse-core'), import('./indexes')]);
    // Each chunk is posted and its search text made at once; the events are not kept here
    // (see EventSink): the page holds the only copy of the rows once they have crossed.
    const search: string[] = [];
    let baseById: Map<string, Base> | null = null;
    const onEvents: EventSink = (events, { bases, provinces }) => {
      const packed = packEvents(events);
      post({ ok: true, events: packed }, packedBuffers(packed));
      baseById ??= new Map(bases.map((b) => [b.id, b]));
      for (const s of searchStrings(events, baseById, provinces)) search.push(s);
    };
    let parsed: Parsed & { imported?: ImportSummary };
    const text = csv ? ((await raw) as string) : 'text' in req ? req.text : null;
    const bytes = parquet ? ((await raw) as ArrayBuffer) : 'bytes' in req ? req.bytes : null;
    if (bytes !== null) {
      parsed = await core.importBytes(bytes, fileName(origin), {
        radiusKm: req.radiusKm,
        referenceUrl: req.referenceUrl,
        onEvents,
      });
    } else if (text !== null && core.readsAsCsv(origin, text)) {
      parsed = await core.importText(text, fileName(origin), {
        radiusKm: req.radiusKm,
        referenceUrl: req.referenceUrl,
        onEvents,
        onProgress: (rows) => post({ ok: true, rows }),
      });
    } else if (text !== null) parsed = core.parseText(text, origin, false, onEvents);
    else parsed = core.parseRaw(await raw, origin, false, onEvents);
    post({ ok: true, parsed });
    // Search text comes last: the views can draw without it.
    const packed = packStrings(search);
    post({ ok: true, search: packed }, [packed.units.buffer, packed.lengths.buffer]);
  } catch (err) {
    post(
      err instanceof DatasetError
        ? { ok: false, kind: err.kind, detail: err.detail, status: err.status }
        : { ok: false, kind: 'invalid', detail: (err as Error).message },
    );
  }
};

/** The file name of a path or URL, as the provenance of each row names it. */
const fileName = (origin: string) => origin.split(/[\\/]/).pop()?.split('?')[0] || origin;
