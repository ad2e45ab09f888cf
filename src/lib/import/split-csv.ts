import Papa from 'papaparse';
import { headerFormat, type ImportOptions } from './import-csv';
import {
  isBlankRow,
  readCsvStream,
  type CsvFeed,
  type CsvSteps,
  type CsvText,
  type RowReader,
  type WeeklyResult,
} from './csv-read';
import { PART_ROWS } from './parts';
import { scanRows } from './row-scan';

/** A chunk of an export's rows as text, for a part to read (see readChunk). */
export interface RowsChunk {
  chunk: number;
  text: string;
  /** The number of its first row (the file's rows counted from the header, as 1). */
  firstRow: number;
  /** Its rows, empty lines aside. */
  rows: number;
}

/**
 * Goes through an event export's rows only to find where each chunk of `rowsPerChunk` of them
 * starts and ends in the text, and hands each chunk's text on (see parts.ts). The rows are
 * found as papaparse finds them (by papaparse, or by scanRows: see splitCsvStream), so a quoted
 * line break or a stray quote splits them exactly as a part reads them. Keeps the text from the
 * start of the chunk being read only.
 */
export function rowSplitter(
  on: { header: (row: readonly string[], text: CsvText) => void; chunk: (c: RowsChunk) => void },
  rowsPerChunk = PART_ROWS,
) {
  /** The text not yet handed on, in pieces as it came, and where the first starts. */
  let pieces: string[] = [];
  let at = 0;
  let chunk = 0;
  let rows = 0;
  let inChunk = 0;
  let start = 0;
  let end = 0;
  let firstRow = 0;
  const take = () => {
    // The pieces from `start` to `end`, and those from `end` on kept.
    let text = '';
    let from = at;
    const kept: string[] = [];
    for (const p of pieces) {
      const to = from + p.length;
      if (to > start && from < end)
        text += p.slice(Math.max(0, start - from), Math.min(p.length, end - from));
      if (to > end) kept.push(p);
      else at = to;
      from = to;
    }
    pieces = kept;
    on.chunk({ chunk: chunk++, text, firstRow, rows: inChunk });
    inChunk = 0;
  };
  const reader: RowReader<{ kind: 'split'; rows: number }> = {
    header: (row, text) => {
      const d = headerFormat(row);
      if (d.format === 'acled-weekly') return 'counts';
      on.header(row, text);
      return 'events';
    },
    row: (_cells, rowNumber, s, e) => {
      rows++;
      if (inChunk === 0) {
        start = s;
        firstRow = rowNumber;
      }
      end = e;
      if (++inChunk === rowsPerChunk) take();
    },
    finish: () => {
      if (inChunk) take();
      return { kind: 'split', rows };
    },
  };
  return { reader, onText: (t: string) => void pieces.push(t) };
}

/**
 * A part's chunk of rows (see rowSplitter) into `row`, numbered as the whole file numbers them,
 * read as the file's text was (`text`: its delimiter and line breaks).
 */
export function readChunk(
  c: RowsChunk,
  text: CsvText,
  row: (cells: readonly string[], rowNumber: number) => void,
): void {
  let rowNumber = c.firstRow - 1;
  Papa.parse<string[]>(c.text, {
    delimiter: text.delimiter,
    newline: text.linebreak as '\n',
    skipEmptyLines: false,
    step: (r) => {
      rowNumber++;
      if (!isBlankRow(r.data)) row(r.data, rowNumber);
    },
  });
}

type SplitOn = Parameters<typeof rowSplitter>[0];

/**
 * An event export as it arrives, split into chunks of rows for the parts (see rowSplitter),
 * its rows found as papaparse finds them (see scanRows) but not made: a row's cells are read
 * only where they matter (the header, the row after it, a row of one cell, which may be
 * empty). ACLED's weekly counts are read whole, as readCsvStream reads them.
 */
export function splitCsvStream(
  body: ReadableStream<Uint8Array>,
  o: ImportOptions,
  on: SplitOn,
  rowsPerChunk = PART_ROWS,
): Promise<{ kind: 'split'; rows: number } | WeeklyResult> {
  const splitter = rowSplitter(on, rowsPerChunk);
  return readCsvStream(body, o, splitter.reader, splitter.onText, scanFeed);
}

/** The rows' ends found by scanRows, each handed to csvSteps with the cells it reads. */
function scanFeed<R>(steps: CsvSteps<R>): CsvFeed {
  let text: CsvText | null = null;
  /** The text past the last row found, and where it starts in the whole. */
  let tail = '';
  let at = 0;
  const feed = (piece: string, last: boolean) => {
    // How papaparse guesses the delimiter and line breaks: from the first piece it is given.
    if (!text) {
      const { delimiter, linebreak } = Papa.parse<string[]>(piece, { preview: 1 }).meta;
      text = { delimiter, linebreak };
    }
    const t = text;
    const input = tail + piece;
    let from = 0;
    const cells = (end: number, fields: number): string[] =>
      fields === 1 || steps.rows() < 2 || !steps.started()
        ? (Papa.parse<string[]>(input.slice(from, end), {
            delimiter: t.delimiter,
            newline: t.linebreak as '\n',
          }).data[0] ?? [''])
        : ROW;
    const read = scanRows(input, t.delimiter, t.linebreak, !last, (end, fields) => {
      // (A fatal row or weekly counts stop csvSteps: the rest is only scanned.)
      if (!steps.stopped()) steps.row(cells(end, fields), at + end, t, () => {});
      from = end;
    });
    tail = input.slice(read);
    at += read;
  };
  return { push: (piece) => feed(piece, false), end: (piece) => feed(piece, true) };
}

/** The cells of a row whose cells are not read: more than one, none of them read. */
const ROW: string[] = ['', ''];
