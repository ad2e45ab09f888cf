/**
 * Opens a UCDP GED or ACLED CSV export as a Drawdown dataset: the file's rows become events
 * that keep their origin; the curated bases, governorates and troop levels stay as reference.
 * Rows that cannot be read are set aside with the reason, never dropped silently.
 */
import Papa from 'papaparse';
import type { Dataset, DrawdownEvent } from '../dataset/schema';
import { FatalDatasetError, type EventSink, type Problem } from '../dataset/record-checks';
import { dayRange, dayToIso } from '../dates/partial-date';
import { detectFormat, FORMAT_NAMES, isHxlRow, REQUIRED_COLUMNS, type Layout } from './detect';
import { governorateMatcher, type Governorates } from './governorates';
import { acledRow, ucdpRow, type RowContext } from './rows';
import { importWeekly, type WeeklyImport } from './import-weekly';

import { DEFAULT_RADIUS_KM } from './radius';
/** Valid events are handed on in chunks of this many, as JSON's are. */
const CHUNK = 4_000;

export interface ImportOptions {
  /** The file's name, kept on every row. */
  file: string;
  geo: Governorates;
  /** The curated dataset: its bases, governorates and troop levels stay as reference. */
  reference: Dataset;
  radiusKm?: number;
  /** Given, the events go here chunk by chunk and the result's `events` is empty. */
  onEvents?: EventSink;
  /** Rows read so far, for the loading notice. */
  onProgress?: (rows: number) => void;
}

export interface Imported {
  kind: 'events';
  data: Dataset;
  rejected: Problem[];
  /** Rows read (header and HXL rows aside), and of the rows set aside, those outside Iraq. */
  rows: number;
  outsideIraq: number;
}

/** An event export (UCDP GED or ACLED events); throws on anything else, weekly counts included. */
export function importCsv(text: string, o: ImportOptions): Imported {
  const r = importAnyCsv(text, o);
  if (r.kind === 'counts')
    throw new FatalDatasetError('collection', 'ACLED weekly counts, not events: open it as a count layer');
  return r;
}

type AnyImport = Imported | ({ kind: 'counts' } & WeeklyImport);

/** An event export, or ACLED's weekly aggregates read as counts. */
export function importAnyCsv(text: string, o: ImportOptions): AnyImport {
  const steps = csvSteps(o);
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, step: steps.step });
  return steps.result() ?? weeklyOf(text, o);
}

/** Counts, not events: read as a count layer, never as made-up events. */
const weeklyOf = (text: string, o: ImportOptions): AnyImport => ({
  kind: 'counts',
  ...importWeekly(text, o.file, o.geo),
});

/**
 * The same, read from a stream of bytes as they arrive (a download, or a file the analyst
 * opened): neither its whole text nor its rows are held at once (a 400 MB export would be
 * near the longest string the browser can make), and a download is read while it arrives.
 * Papaparse reads a Blob in slices it decodes one by one, which would cut a multi-byte
 * character at a slice's edge; it is fed text decoded across the edges instead, through its
 * stream reader.
 */
export async function importAnyCsvStream(
  body: ReadableStream<Uint8Array>,
  o: ImportOptions,
): Promise<AnyImport> {
  const steps = csvSteps(o);
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const on = new Map<string, (x?: string | Error) => void>();
  const input = {
    readable: true,
    read: () => null,
    on: (event: string, fn: (x?: string | Error) => void) => void on.set(event, fn),
    removeListener: (event: string) => void on.delete(event),
    pause: () => {},
    resume: () => {},
  };
  const done = new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(input as unknown as File, {
      skipEmptyLines: false,
      step: steps.step,
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  // ACLED's weekly counts are read whole (weeklyOf): the text is kept until the header has
  // said it is not that, and all of it when it is.
  let kept: string[] | null = [];
  for (;;) {
    const { done: end, value } = await reader.read();
    if (end) break;
    const text = decoder.decode(value, { stream: true });
    kept?.push(text);
    if (steps.weekly()) continue;
    if (steps.stopped()) break;
    on.get('data')?.(text);
    if (steps.started() && !steps.weekly()) kept = null;
  }
  void reader.cancel();
  const tail = decoder.decode();
  kept?.push(tail);
  on.get('data')?.(tail);
  on.get('end')?.();
  await done;
  return steps.result() ?? weeklyOf(kept!.join(''), o);
}

/** What both readers share: each row as papaparse hands it on, and the result at the end. */
function csvSteps(o: ImportOptions) {
  const reader = eventRows(o);
  let started = false;
  let fatal: unknown = null;
  let weekly = false;
  let rowNumber = 0;
  const step = (result: Papa.ParseStepResult<string[]>, parser: Papa.Parser) => {
    if (fatal || weekly) return;
    rowNumber++;
    const row = result.data;
    if (row.length === 1 && !row[0]!.trim()) return;
    try {
      if (!started) {
        started = true;
        if (reader.header(row) === 'counts') {
          weekly = true;
          parser.abort();
        }
        return;
      }
      if (rowNumber === 2 && isHxlRow(row)) return;
      reader.row(row, rowNumber);
    } catch (e) {
      fatal = e;
      parser.abort();
    }
  };
  return {
    step,
    /** Whether the header row has been read. */
    started: () => started,
    /** Whether the header said ACLED's weekly counts (read otherwise: weeklyOf). */
    weekly: () => weekly,
    /** Whether the rest of the file is of no use (a fatal error, or counts read otherwise). */
    stopped: () => fatal !== null || weekly,
    /** The events read, or null for ACLED's weekly counts (which are read whole: weeklyOf). */
    result: (): Imported | null => {
      if (fatal) throw fatal;
      return weekly ? null : reader.finish();
    },
  };
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
  const rejected: Problem[] = [];
  const events: DrawdownEvent[] = [];
  let kept = 0;
  let pending: DrawdownEvent[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  let layout: Layout = 'acled-other';
  let columns = 0;

  const header = (row: readonly string[]): 'events' | 'counts' => {
    const d = detectFormat(row);
    if (d.format === null)
      throw new FatalDatasetError(
        'collection',
        `not a format Drawdown reads. Expected a Drawdown JSON dataset, a UCDP GED CSV (columns ${REQUIRED_COLUMNS['ucdp-ged'].join(', ')}) or an ACLED event CSV (columns ${REQUIRED_COLUMNS.acled.join(', ')}); the header starts ${d.found.join(', ').slice(0, 200)}`,
      );
    if (d.format === 'acled-weekly') return 'counts';
    ctx = {
      format: d.format,
      file: o.file,
      columns: d.columns,
      governorates: governorateMatcher(o.geo),
      bases: o.reference.bases,
      radiusKm: o.radiusKm ?? DEFAULT_RADIUS_KM,
      ids: new Set(),
    };
    convert = d.format === 'acled' ? acledRow : ucdpRow;
    layout = d.layout;
    columns = row.length;
    return 'events';
  };

  const row = (cells: readonly string[], rowNumber: number) => {
    if (!ctx) throw new FatalDatasetError('collection', 'a row before the header');
    rows++;
    const r = convert(ctx, cells, rowNumber);
    if ('event' in r) {
      const [a, b] = dayRange(r.event.date);
      if (a < lo) lo = a;
      if (b > hi) hi = b;
      kept++;
      if (!o.onEvents) events.push(r.event);
      else {
        pending.push(r.event);
        if (pending.length >= CHUNK) {
          o.onEvents(pending, o.reference);
          o.onProgress?.(rows);
          pending = [];
        }
      }
    } else {
      if (r.outsideIraq) outsideIraq++;
      const id = ctx.columns.get(ctx.format === 'acled' ? 'event_id_cnty' : 'id');
      const original = id === undefined ? '' : (cells[id] ?? '').trim().slice(0, 60);
      rejected.push({ record: `row ${rowNumber}${original ? ` "${original}"` : ''}`, ...r.problem });
    }
  };

  const finish = (): Imported => {
    if (!ctx) throw new FatalDatasetError('collection', 'the file is empty');
    if (pending.length) o.onEvents?.(pending, o.reference);
    o.onProgress?.(rows);
    const c: RowContext = ctx;
    const from = kept ? dayToIso(lo) : o.reference.meta.coverage.from;
    const to = kept ? dayToIso(hi) : o.reference.meta.coverage.to;
    const ref = o.reference;
    return {
      kind: 'events',
      rows,
      outsideIraq,
      rejected,
      data: {
        meta: {
          title: { en: o.file, ar: o.file },
          version: `${FORMAT_NAMES[c.format]} ${layout}`,
          schemaVersion: ref.meta.schemaVersion,
          asOf: to,
          coverage: { from, to },
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
  return { header, row, finish };
}
