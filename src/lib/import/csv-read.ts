/**
 * How a CSV export's text is read into rows, as a whole or as it arrives, and into what: the
 * rows of an event export (see eventRows, rowSplitter), or ACLED's weekly counts.
 */
import Papa from 'papaparse';
import { isHxlRow } from './detect';
import { importWeekly, type WeeklyImport } from './import-weekly';
import type { ImportOptions } from './import-csv';

export type WeeklyResult = { kind: 'counts' } & WeeklyImport;

/** Counts, not events: read as a count layer, never as made-up events. */
export const weeklyOf = (text: string, o: ImportOptions): WeeklyResult => ({
  kind: 'counts',
  ...importWeekly(text, o.file, o.geo),
});

/**
 * A CSV read from a stream of bytes as they arrive (a download, or a file the analyst
 * opened): neither its whole text nor its rows are held at once (a 400 MB export would be
 * near the longest string the browser can make), and a download is read while it arrives.
 * Papaparse reads a Blob in slices it decodes one by one, which would cut a multi-byte
 * character at a slice's edge; it is fed text decoded across the edges instead, through its
 * stream reader.
 *
 * Its rows go into `rows` (see RowReader); ACLED's weekly counts into counts. `onText`: each
 * piece of the text papaparse is given, in turn (what the rows' places count in).
 */
export async function readCsvStream<R>(
  body: ReadableStream<Uint8Array>,
  o: ImportOptions,
  rows: RowReader<R>,
  onText?: (text: string) => void,
): Promise<R | WeeklyResult> {
  const steps = csvSteps(rows);
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
    onText?.(text);
    on.get('data')?.(text);
    if (steps.started() && !steps.weekly()) kept = null;
  }
  void reader.cancel();
  const tail = decoder.decode();
  kept?.push(tail);
  onText?.(tail);
  on.get('data')?.(tail);
  on.get('end')?.();
  await done;
  return steps.result() ?? weeklyOf(kept!.join(''), o);
}

/**
 * What reads an event export's rows (eventRows; or, for a file read in parts, what hands the
 * parts their rows): the header, each row with its number and where it starts and ends in the
 * text, and the result.
 */
export interface RowReader<R> {
  /** `text`: how papaparse reads this file's text (what a part needs to read its rows alike). */
  header: (row: readonly string[], text: CsvText) => 'events' | 'counts';
  row: (cells: readonly string[], rowNumber: number, start: number, end: number) => void;
  finish: () => R;
}

export interface CsvText {
  delimiter: string;
  linebreak: string;
}

/** A row papaparse gives for an empty line: skipped, though it counts in the rows' numbers. */
export const isBlankRow = (row: readonly string[]) => row.length === 1 && !row[0]!.trim();

/** What both readers share: each row as papaparse hands it on, and the result at the end. */
export function csvSteps<R>(reader: RowReader<R>) {
  let started = false;
  let fatal: unknown = null;
  let weekly = false;
  let rowNumber = 0;
  /** Where the last row ended in the text. */
  let end = 0;
  const step = (result: Papa.ParseStepResult<string[]>, parser: Papa.Parser) => {
    if (fatal || weekly) return;
    rowNumber++;
    const start = end;
    end = result.meta.cursor;
    const row = result.data;
    if (isBlankRow(row)) return;
    try {
      if (!started) {
        started = true;
        if (reader.header(row, result.meta) === 'counts') {
          weekly = true;
          parser.abort();
        }
        return;
      }
      if (rowNumber === 2 && isHxlRow(row)) return;
      reader.row(row, rowNumber, start, end);
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
    result: (): R | null => {
      if (fatal) throw fatal;
      return weekly ? null : reader.finish();
    },
  };
}
