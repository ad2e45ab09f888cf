import type { Dataset } from './schema';
import { checkSize, DatasetError, fetchOk } from './errors';
import type { Governorates } from '../import/governorates';
import { downloadGeo, GOVERNORATES_FILE, type GovernorateProps } from '../geo';
import {
  checkRecords,
  FatalDatasetError,
  HEAD_MEMBERS,
  RecordChecker,
  type EventSink,
  type Problem,
} from './record-checks';
import type { SetAside } from '../import/row-problem';
import { JsonObjectStream, JsonStreamError } from './json-stream';
import { eachPiece } from '../stream-pieces';
import { EVENT_CHUNK } from './chunk-size';
import { searchStrings } from './indexes';
import type { CountTable } from './counts';
import type { Imported, ImportOptions } from '../import/import-csv';
import type { WeeklyResult } from '../import/csv-read';
import { words } from './check-reason';
import type { DayOrderSeen } from '../import/dates';
import { seen, type Unreadable } from '../import/sample';

/** A file read and checked; a dataset's `rejected` are its records (P: Problem), an export's its rows. */
export interface Parsed<P extends SetAside = SetAside> {
  data: Dataset;
  rejected: P[];
  /** Folded search text per event, when asked for (see searchStrings). */
  search?: string[];
  /** For a CSV export: rows read and rows outside Iraq. */
  imported?: ImportSummary;
  /** For ACLED's weekly aggregates: the counts (the dataset then has no events of its own). */
  counts?: CountTable;
}

export interface ImportSummary {
  rows: number;
  outsideIraq: number;
  /** How the file's numeric dates were read, when it has any (see withSample). */
  dayOrder?: DayOrderSeen;
  /** Where its beginning first has a letter it could not be read as (see withSample). */
  unreadable?: Unreadable;
}

export { readsAsCsv, isParquetName } from '../import/sniff';

interface ImportContext {
  radiusKm: number;
  referenceUrl: string;
  onEvents?: EventSink;
  onProgress?: (rows: number) => void;
}

/**
 * A UCDP GED or ACLED CSV export, read as a dataset beside the curated record (whose bases,
 * governorates and troop levels it keeps as reference) and the bundled boundaries. Throws
 * DatasetError.
 */
export async function importText(text: string, file: string, o: ImportContext): Promise<Parsed> {
  checkSize(text.length, file);
  // The CSV reader (papaparse, turf) loads only when a CSV comes: JSON loads never wait for it.
  return importWith(file, o, import('../import/import-csv'), (m, options) => m.importAnyCsv(text, options));
}

/**
 * The same, read as it is decoded, never whole (see importAnyCsvStream): a Blob (a file the
 * analyst opened), or a download's body as it arrives (its size is counted as it is read: see
 * fetchBodyLimited).
 */
export async function importCsvStream(
  source: Blob | ReadableStream<Uint8Array>,
  file: string,
  o: ImportContext,
): Promise<Parsed> {
  if (source instanceof Blob) checkSize(source.size, file);
  const body = source instanceof Blob ? source.stream() : source;
  return importWith(file, o, import('../import/import-csv'), (m, options) =>
    m.importAnyCsvStream(body, options),
  );
}

/**
 * A Parquet file holding one of the event layouts, read like its CSV (see import-parquet.ts).
 * hyparquet and its decompressors load only when a Parquet file comes. Throws DatasetError.
 */
export async function importBytes(bytes: ArrayBuffer, file: string, o: ImportContext): Promise<Parsed> {
  checkSize(bytes.byteLength, file);
  return importWith(file, o, import('../import/import-parquet'), (m, options) =>
    m.importParquet(bytes, options),
  );
}

/**
 * What every export import shares: the boundaries and the curated record loaded beside the
 * reader's code, the reader run with them, its result as a dataset, a fatal error as a
 * DatasetError. (A CSV read in parts runs its parts inside `read`: see csv-parts.ts.)
 */
export async function importWith<M>(
  file: string,
  o: ImportContext,
  reader: Promise<M>,
  read: (m: M, options: ImportOptions) => Imported | WeeklyResult | Promise<Imported | WeeklyResult>,
): Promise<Parsed> {
  const [geo, reference, m] = await Promise.all([
    downloadGeo<GovernorateProps>(GOVERNORATES_FILE),
    fetchOk(o.referenceUrl).then(async (r) => parseText(await r.text(), o.referenceUrl, false).data),
    reader,
  ]);
  try {
    const r = await read(m, {
      file,
      geo: geo as Governorates,
      reference,
      radiusKm: o.radiusKm,
      ...(o.onEvents ? { onEvents: o.onEvents } : {}),
      ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    });
    if (r.kind === 'counts') {
      const { rowsRead: rows, outsideIraq } = r.counts;
      // The curated bases, governorates and troop levels stay as reference, as for events.
      const meta = {
        ...reference.meta,
        title: { en: file, ar: file },
        notes: [],
        imported: { file, format: 'acled' as const, layout: 'acled-weekly' as const, columns: r.columns },
      };
      const data = { ...reference, meta, events: [], disputes: [], periodClaims: [] };
      return { data, rejected: r.rejected, imported: { rows, outsideIraq, ...seen(r) }, counts: r.counts };
    }
    return {
      data: r.data,
      rejected: r.rejected,
      imported: { rows: r.rows, outsideIraq: r.outsideIraq, ...seen(r) },
    };
  } catch (e) {
    if (e instanceof FatalDatasetError)
      throw new DatasetError('invalid', file, e.message, undefined, e.check);
    throw e;
  }
}

/**
 * A dataset's whole text: JSON, validation record by record, and the search text. For the
 * bundled dataset (small), a CSV import's reference and tests; a large file is read as it
 * arrives instead (parseStream, in the worker). Throws DatasetError.
 */
export function parseText(text: string, origin: string, withSearch = true): Parsed<Problem> {
  checkSize(text.length, origin);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DatasetError('notJson', origin, (e as Error).message);
  }
  return parseRaw(raw, origin, withSearch);
}

/**
 * A dataset file read as its bytes arrive (see JsonObjectStream): the events are checked and
 * handed to `onEvents` in chunks while the rest downloads, and neither the file's text nor
 * its parsed events are ever held whole. Events that come before the members they refer to
 * (HEAD_MEMBERS) wait, parsed, until those have come. Throws DatasetError.
 */
export async function parseStream(
  body: ReadableStream<Uint8Array>,
  origin: string,
  onEvents: EventSink,
  chunk = EVENT_CHUNK,
): Promise<Parsed<Problem>> {
  const raw: Record<string, unknown> = {};
  let checker: RecordChecker | null = null;
  let waiting: [unknown[], number][] = [];
  const start = () => {
    checker = new RecordChecker(raw, onEvents);
    for (const [items, from] of waiting) checker.events(items, from);
    waiting = [];
    return checker;
  };
  const json = new JsonObjectStream(
    {
      member: (key, value) => {
        raw[key] = value;
        if (!checker && HEAD_MEMBERS.every((k) => k in raw)) start();
      },
      items: (_key, items, from) => {
        if (checker) checker.events(items, from);
        else waiting.push([items, from]);
      },
    },
    'events',
    chunk,
  );
  try {
    // (The source refuses a file past the size limit: see fetchBodyLimited.)
    await eachPiece(body, (piece) => json.push(piece));
    const whole = json.end();
    // Not an object: checkRecords says so.
    if (whole !== undefined) return checkRecords(whole);
    return (checker ?? start()).finish();
  } catch (e) {
    throw asDatasetError(e, origin);
  }
}

/** What a check threw, as the DatasetError the loader reports for `origin`. */
function asDatasetError(e: unknown, origin: string): unknown {
  if (e instanceof JsonStreamError) return new DatasetError('notJson', origin, e.message, undefined, e.check);
  // The browser's own words: said as they are.
  if (e instanceof SyntaxError) return new DatasetError('notJson', origin, e.message);
  if (e instanceof FatalDatasetError)
    return new DatasetError('invalid', origin, e.message, undefined, e.check);
  if (e instanceof RangeError) {
    const { message, check } = words('tooDeep');
    return new DatasetError('invalid', origin, message, undefined, check);
  }
  return e;
}

/** Validation of an already-parsed JSON value; throws DatasetError. */
export function parseRaw(raw: unknown, origin: string, withSearch = true): Parsed<Problem> {
  try {
    const { data, rejected } = checkRecords(raw);
    if (!withSearch) return { data, rejected };
    const bases = new Map(data.bases.map((b) => [b.id, b]));
    return { data, rejected, search: searchStrings(data.events, bases, data.provinces) };
  } catch (e) {
    throw asDatasetError(e, origin);
  }
}
