/**
 * How a CSV export's text is read into rows, as a whole or as it arrives, and into what: the
 * rows of an event export (see eventRows, rowSplitter), or ACLED's weekly counts.
 */
import Papa from 'papaparse';
import { isHxlRow } from './detect';
import { importWeekly, type WeeklyImport } from './import-weekly';
import type { ImportOptions } from './import-csv';
import type { Unreadable } from './sample';
import { eachPiece } from '../stream-pieces';

export type WeeklyResult = { kind: 'counts'; unreadable?: Unreadable } & WeeklyImport;

/** Counts, not events: read as a count layer, never as made-up events. */
export const weeklyOf = (text: string, o: ImportOptions): WeeklyResult => ({
  kind: 'counts',
  ...importWeekly(text, o.file, o.geo, o.dayOrder),
  ...(o.unreadable ? { unreadable: o.unreadable } : {}),
});

/**
 * A CSV read from a stream of bytes as they arrive (a download, or a file the analyst
 * opened): neither its whole text nor its rows are held at once (a 400 MB export would be
 * near the longest string the browser can make), and a download is read while it arrives.
 *
 * Its rows go into `rows` (see RowReader); ACLED's weekly counts into counts. (A file read in
 * parts is split otherwise, in its bytes: see split-csv.ts.)
 */
export async function readCsvStream<R>(
  body: ReadableStream<Uint8Array>,
  o: ImportOptions,
  rows: RowReader<R>,
): Promise<R | WeeklyResult> {
  const steps = csvSteps(rows);
  const rowsOf = papaFeed(steps);
  const decoder = new TextDecoder();
  // ACLED's weekly counts are read whole (weeklyOf): the text is kept until the header has
  // said it is not that, and all of it when it is.
  let kept: string[] | null = [];
  await eachPiece(body, (piece) => {
    const text = decoder.decode(piece, { stream: true });
    kept?.push(text);
    if (steps.weekly()) return;
    if (steps.stopped()) return false;
    rowsOf.push(text);
    if (steps.started() && !steps.weekly()) kept = null;
  });
  const tail = decoder.decode();
  kept?.push(tail);
  await rowsOf.end(tail);
  return steps.result() ?? weeklyOf(kept!.join(''), o);
}

/** What finds a CSV's rows in its text as it comes, for csvSteps. */
interface CsvFeed {
  push: (text: string) => void;
  /** The last piece: the text has all come. */
  end: (text: string) => void | Promise<void>;
}

/**
 * Papaparse, fed text decoded across the pieces' edges through its stream reader (it reads a
 * Blob in slices it decodes one by one, which would cut a multi-byte character at an edge).
 */
function papaFeed<R>(steps: CsvSteps<R>): CsvFeed {
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
  return {
    push: (text) => on.get('data')?.(text),
    end: (text) => {
      on.get('data')?.(text);
      on.get('end')?.();
      return done;
    },
  };
}

/**
 * What reads an event export's rows (eventRows; or, for a file read in parts, what hands the
 * parts their rows): the header, each row with its number and where it starts and ends in the
 * text (in its bytes, for a file split in parts), and the result.
 */
export interface RowReader<R> {
  /** `text`: how papaparse reads this file's text (what a part needs to read its rows alike). */
  header: (row: readonly string[], text: CsvText) => 'events' | 'counts';
  /** `quoteError`: papaparse found a quote out of place in the row (see ranOn). */
  row: (cells: readonly string[], rowNumber: number, start: number, end: number, quoteError: boolean) => void;
  finish: () => R;
}

export interface CsvText {
  delimiter: string;
  linebreak: string;
}

/** A row papaparse gives for an empty line: skipped, though it counts in the rows' numbers. */
export const isBlankRow = (row: readonly string[]) => row.length === 1 && !row[0]!.trim();

/**
 * What every reader of a CSV's rows shares: each row (as papaparse hands it on: step; or as
 * found otherwise: row), and the result at the end.
 */
type CsvSteps<R> = ReturnType<typeof csvSteps<R>>;

export function csvSteps<R>(reader: RowReader<R>) {
  let started = false;
  let fatal: unknown = null;
  let weekly = false;
  let rowNumber = 0;
  /** Where the last row ended in the text. */
  let end = 0;
  /** A row: its cells, where it ends in the text, how the text is read, and how to stop. */
  const row = (
    cells: readonly string[],
    rowEnd: number,
    text: CsvText,
    abort: () => void,
    quoteError = false,
  ) => {
    if (fatal || weekly) return;
    rowNumber++;
    const start = end;
    end = rowEnd;
    if (isBlankRow(cells)) return;
    try {
      if (!started) {
        started = true;
        if (reader.header(cells, text) === 'counts') {
          weekly = true;
          abort();
        }
        return;
      }
      if (rowNumber === 2 && isHxlRow(cells)) return;
      reader.row(cells, rowNumber, start, end, quoteError);
    } catch (e) {
      fatal = e;
      abort();
    }
  };
  const step = (result: Papa.ParseStepResult<string[]>, parser: Papa.Parser) =>
    row(result.data, result.meta.cursor, result.meta, () => parser.abort(), result.errors.length > 0);
  return {
    step,
    row,
    /** Rows so far, blank ones included: the next row's number less one. */
    rows: () => rowNumber,
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
