/**
 * Opens a UCDP GED or ACLED CSV export as a Drawdown dataset: the file's rows become events
 * that keep their origin; the curated bases, governorates, troop levels and key moments stay
 * as reference. Rows that cannot be read are set aside with the reason, never dropped silently.
 */
import Papa from 'papaparse';
import type { Dataset, DrawdownEvent } from '../dataset/schema';
import { datedMoments } from '../dataset/indexes';
import { FatalDatasetError, type EventSink } from '../dataset/record-checks';
import { words } from '../dataset/check-reason';
import { dayRange, dayToIso } from '../dates/partial-date';
import {
  detectFormat,
  FORMAT_NAMES,
  isArchive,
  REQUIRED_COLUMNS,
  type Detected,
  type Layout,
} from './detect';
import { governorateMatcher, type Governorates } from './governorates';
import { acledRow, ranOn, ucdpRow, type RowContext } from './rows';
import { csvSteps, readCsvStream, weeklyOf, type CsvText, type WeeklyResult } from './csv-read';
import type { Part, PartSummary } from './parts';

import { DEFAULT_RADIUS_KM } from './radius';
import type { DayOrderSeen } from './dates';
import { DAY_ORDER_SAMPLE, sampleOf, seen, withSample, type Unreadable } from './sample';
import type { RowProblem } from './row-problem';
import { EVENT_CHUNK } from '../dataset/chunk-size';

export interface ImportOptions {
  /** The file's name, kept on every row. */
  file: string;
  geo: Governorates;
  /** The curated dataset: its bases, governorates, troop levels and key moments stay as
   * reference. */
  reference: Dataset;
  radiusKm?: number;
  /** The order of day and month in the file's numeric dates; null when its first rows do not
   * settle it (see withSample). */
  dayOrder?: DayOrderSeen | null;
  /** Where the file's beginning first has a letter it could not be read as (see withSample). */
  unreadable?: Unreadable | null;
  /** Given, the events go here chunk by chunk and the result's `events` is empty. */
  onEvents?: EventSink;
  /** Rows read so far, for the loading notice. */
  onProgress?: (rows: number) => void;
  /** Given, the file is read in parts and this is one: the events of each chunk it is given go
   * to `part.onChunk` when the chunk ends (see endChunk). */
  part?: Part;
}

export interface Imported {
  kind: 'events';
  data: Dataset;
  rejected: RowProblem[];
  /** Rows read (header and HXL rows aside), and of the rows set aside, those outside Iraq. */
  rows: number;
  outsideIraq: number;
  /** How the file's numeric dates were read, when it has any. */
  dayOrder?: DayOrderSeen;
  /** Where its beginning first has a letter it could not be read as. */
  unreadable?: Unreadable;
  /** Read as one part of several: what merging the parts takes. */
  part?: PartSummary;
}

/** An event export (UCDP GED or ACLED events); throws on anything else, weekly counts included. */
export function importCsv(text: string, o: ImportOptions): Imported {
  const r = importAnyCsv(text, o);
  if (r.kind === 'counts') throw new FatalDatasetError('collection', words('weeklyNotEvents'));
  return r;
}

type AnyImport = Imported | WeeklyResult;

/** An event export, or ACLED's weekly aggregates read as counts. */
export function importAnyCsv(text: string, o: ImportOptions): AnyImport {
  const read = { ...o, ...(o.dayOrder !== undefined ? {} : sampleOf(text.slice(0, DAY_ORDER_SAMPLE))) };
  const steps = csvSteps(eventRows(read));
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, step: steps.step });
  return steps.result() ?? weeklyOf(text, read);
}

/** The same, read from a stream of bytes as they arrive (see readCsvStream). */
export async function importAnyCsvStream(
  source: ReadableStream<Uint8Array>,
  o: ImportOptions,
): Promise<AnyImport> {
  const { body, sample } = o.dayOrder !== undefined ? { body: source, sample: {} } : await withSample(source);
  const read = { ...o, ...sample };
  return readCsvStream(body, read, eventRows(read));
}

/** The export a header row names; throws FatalDatasetError for one Drawdown does not read. */
export function headerFormat(row: readonly string[]): Exclude<Detected, { format: null }> {
  const d = detectFormat(row);
  if (d.format === null && isArchive(row[0] ?? ''))
    throw new FatalDatasetError('collection', words('archive'));
  if (d.format === null)
    throw new FatalDatasetError(
      'collection',
      words('unknownFormat', d.found.join(', ').slice(0, 200), {
        texts: { ucdp: REQUIRED_COLUMNS['ucdp-ged'].join(', '), acled: REQUIRED_COLUMNS.acled.join(', ') },
      }),
    );
  return d;
}

/**
 * The rows of an event export, header first, into events: the CSV and Parquet readers feed it
 * the same way, so both read a file the same way. Throws FatalDatasetError for an unknown layout.
 */
export function eventRows(o: ImportOptions) {
  let ctx: RowContext | null = null;
  let convert: typeof ucdpRow = ucdpRow;
  let rows = 0;
  let outsideIraq = 0;
  const rejected: RowProblem[] = [];
  const events: DrawdownEvent[] = [];
  let kept = 0;
  let pending: DrawdownEvent[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  let layout: Layout = 'acled-other';
  let columns = 0;
  /** Read as a part: the events of the chunk being read go on as one (see parts.ts). */
  const endChunk = (chunk: number) => {
    o.part!.onChunk(pending, chunk, o.reference);
    pending = [];
  };

  let delimiter = ',';
  /** `text`: how papaparse reads the file (a Parquet file has no delimiter and no lines). */
  const header = (row: readonly string[], text?: CsvText): 'events' | 'counts' => {
    if (text) delimiter = text.delimiter;
    const d = headerFormat(row);
    if (d.format === 'acled-weekly') return 'counts';
    ctx = {
      format: d.format,
      file: o.file,
      columns: d.columns,
      governorates: governorateMatcher(o.geo),
      bases: o.reference.bases,
      radiusKm: o.radiusKm ?? DEFAULT_RADIUS_KM,
      dayOrder: o.dayOrder?.order ?? null,
      // A Parquet file's counts are numbers, or text no spreadsheet grouped.
      commaGroups: text?.delimiter === ',',
      // A part's ties are broken where the parts' chunks meet, in the file's order.
      ids: o.part ? null : new Set(),
    };
    convert = d.format === 'acled' ? acledRow : ucdpRow;
    layout = d.layout;
    columns = row.length;
    return 'events';
  };

  /** (`quoteError`: see ranOn. A Parquet file's rows have no quotes to misplace.) */
  const row = (
    cells: readonly string[],
    rowNumber: number,
    _start?: number,
    _end?: number,
    quoteError = false,
  ) => {
    if (!ctx) throw new FatalDatasetError('collection', words('rowBeforeHeader'));
    const p = o.part;
    rows++;
    const r = (quoteError && ranOn(ctx, cells, columns, delimiter)) || convert(ctx, cells, rowNumber);
    if ('event' in r) {
      const [a, b] = dayRange(r.event.date);
      if (a < lo) lo = a;
      if (b > hi) hi = b;
      kept++;
      if (p) pending.push(r.event);
      else if (!o.onEvents) events.push(r.event);
      else {
        pending.push(r.event);
        if (pending.length >= EVENT_CHUNK) {
          o.onEvents(pending, o.reference);
          o.onProgress?.(rows);
          pending = [];
        }
      }
    } else {
      if (r.outsideIraq) outsideIraq++;
      const id = ctx.columns.get(ctx.format === 'acled' ? 'event_id_cnty' : 'id');
      const original = id === undefined ? '' : (cells[id] ?? '').trim().slice(0, 60);
      rejected.push({ row: rowNumber, id: original, ...r.problem });
    }
  };

  const finish = (): Imported => {
    if (!ctx) throw new FatalDatasetError('collection', words('emptyFile'));
    if (pending.length) o.onEvents?.(pending, o.reference);
    o.onProgress?.(rows);
    const c: RowContext = ctx;
    const ref = o.reference;
    const { from, to } = coverageOf(kept, lo, hi, ref);
    return {
      kind: 'events',
      rows,
      outsideIraq,
      rejected,
      ...seen(o),
      ...(o.part ? { part: { kept, lo, hi } } : {}),
      data: {
        meta: {
          title: { en: o.file, ar: o.file },
          version: `${FORMAT_NAMES[c.format]} ${layout}`,
          schemaVersion: ref.meta.schemaVersion,
          asOf: to,
          coverage: { from, to },
          moments: datedMoments(ref.meta.moments, (id) => ref.events.find((e) => e.id === id)?.date),
          notes: [],
          imported: { file: o.file, format: c.format, layout, columns },
        },
        // The curated sources stay: the troop levels kept as reference quote them.
        sources: ref.sources,
        provinces: ref.provinces,
        bases: ref.bases,
        events,
        troopLevels: ref.troopLevels,
        disputes: [],
        periodClaims: [],
      },
    };
  };
  return { header, row, finish, endChunk };
}

/** The days an import's events cover: the curated record's when it kept none. */
export function coverageOf(kept: number, lo: number, hi: number, reference: Dataset) {
  return {
    from: kept ? dayToIso(lo) : reference.meta.coverage.from,
    to: kept ? dayToIso(hi) : reference.meta.coverage.to,
  };
}
