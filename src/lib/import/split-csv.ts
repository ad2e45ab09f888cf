import Papa from 'papaparse';
import { headerFormat, type ImportOptions } from './import-csv';
import { csvSteps, isBlankRow, weeklyOf, type CsvText, type RowReader, type WeeklyResult } from './csv-read';
import { PART_CHUNK } from '../dataset/chunk-size';
import { scanRows } from './row-scan';
import { ByteWindow } from './byte-window';
import { concat } from '../concat';
import { eachPiece } from '../stream-pieces';

/**
 * A chunk of an export's rows as the file's bytes (UTF-8), for a part to read (see readChunk).
 * Bytes, not text: a buffer is transferred to the part for free, where a string is copied at
 * both ends (~3 ms a megabyte each, in Chromium; a chunk of 4,000 ACLED rows with Arabic in
 * them, the size chunks had then, is ~2.6 MB as a string), and each part decodes its own.
 */
export interface RowsChunk {
  chunk: number;
  bytes: Uint8Array;
  /** The number of its first row (the file's rows counted from the header, as 1). */
  firstRow: number;
  /** Its rows, empty lines aside. */
  rows: number;
}

type SplitOn = {
  header: (row: readonly string[], text: CsvText) => void;
  chunk: (c: RowsChunk) => void;
  /** What the next piece of the file waits for before it is read on, if anything. */
  hold?: () => Promise<void> | void;
  /** A buffer a chunk's bytes may be copied into, if one is spare. */
  spare?: () => ArrayBuffer | undefined;
};

/** Without the byte-order mark rule: a chunk or a row starts mid-file (see splitCsvStream). */
const mid = () => new TextDecoder('utf-8', { ignoreBOM: true });
const EMPTY: Uint8Array = new Uint8Array(0);
const BOM = [0xef, 0xbb, 0xbf];

/**
 * Goes through an event export's rows only to find where each chunk of `rowsPerChunk` of them
 * starts and ends in the file, and hands each chunk's bytes on (see parts.ts), as `copy`
 * copies them (from splitCsvStream's window on the file).
 */
export function chunkMaker(
  on: SplitOn,
  rowsPerChunk: number,
  copy: (start: number, end: number) => Uint8Array,
) {
  let chunk = 0;
  let rows = 0;
  let inChunk = 0;
  let start = 0;
  let end = 0;
  let firstRow = 0;
  const take = () => {
    on.chunk({ chunk: chunk++, bytes: copy(start, end), firstRow, rows: inChunk });
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
  /** Where the chunk being gathered starts, if one is. */
  return { reader, open: () => (inChunk ? start : null) };
}

/**
 * A part's chunk of rows (see splitCsvStream) into `row`, numbered as the whole file numbers
 * them, read as the file's text was (`text`: its delimiter and line breaks). A chunk starts
 * just past a line break, so its bytes decode as that stretch of the whole file does.
 */
export function readChunk(
  c: RowsChunk,
  text: CsvText,
  row: (cells: readonly string[], rowNumber: number, quoteError: boolean) => void,
): void {
  let rowNumber = c.firstRow - 1;
  Papa.parse<string[]>(mid().decode(c.bytes), {
    delimiter: text.delimiter,
    newline: text.linebreak as '\n',
    skipEmptyLines: false,
    step: (r) => {
      rowNumber++;
      if (!isBlankRow(r.data)) row(r.data, rowNumber, r.errors.length > 0);
    },
  });
}

/**
 * An event export as it arrives, split into chunks of rows for the parts, its rows found in
 * its bytes as papaparse finds them in its text (see scanRows) but not made: this worker never
 * decodes the text, bar the first piece (papaparse guesses the delimiter and line breaks from
 * it) and the rows whose cells matter (the header, the row after it, a row of one cell, which
 * may be empty). ACLED's weekly counts are read whole, as readCsvStream reads them.
 */
export async function splitCsvStream(
  body: ReadableStream<Uint8Array>,
  o: ImportOptions,
  on: SplitOn,
  rowsPerChunk = PART_CHUNK,
): Promise<{ kind: 'split'; rows: number } | WeeklyResult> {
  const bytes = new ByteWindow();
  const maker = chunkMaker(on, rowsPerChunk, (start, end) => bytes.copy(start, end, on.spare?.()));
  const steps = csvSteps(maker.reader);
  const cellsOf = mid();
  let text: CsvText | null = null;
  let delim = EMPTY;
  let newline = EMPTY;
  const read = (piece: string) => {
    text = guessed(piece);
    delim = encoder.encode(text.delimiter);
    newline = encoder.encode(text.linebreak);
  };
  /** Where the first row not yet found starts in the file. */
  let at = 0;
  /** An unfinished row is scanned again from its start once this much has come: twice what
   * it was at the last try, so a row that never ends (an unclosed quote) costs no more than
   * twice its length to scan. */
  let retry = 0;
  const feed = (piece: Uint8Array, last: boolean) => {
    const open = maker.open();
    bytes.add(piece, open === null ? at : Math.min(open, at));
    if (!last && bytes.end < retry) return;
    const input = bytes.from(at);
    let from = 0;
    const cells = (end: number, fields: number): string[] =>
      fields === 1 || steps.rows() < 2 || !steps.started()
        ? (Papa.parse<string[]>(cellsOf.decode(input.subarray(from, end)), {
            delimiter: text!.delimiter,
            newline: text!.linebreak as '\n',
          }).data[0] ?? [''])
        : ROW;
    const done = scanRows(input, delim, newline, !last, (end, fields) => {
      // (A fatal row or weekly counts stop csvSteps: the rest is only scanned.)
      if (!steps.stopped()) steps.row(cells(end, fields), at + end, text!, () => {});
      from = end;
    });
    at += done;
    retry = done ? 0 : at + 2 * input.length;
  };
  const guess = new TextDecoder();
  // ACLED's weekly counts are read whole (weeklyOf): the bytes are kept until the header has
  // said it is not that, and all of them when it is.
  let kept: Uint8Array[] | null = [];
  /** The file's first bytes, until they say whether they are a byte-order mark (dropped, as
   * the decoder drops it). */
  let head: Uint8Array | null = EMPTY;
  const next = (piece: Uint8Array, last: boolean) => {
    if (head) {
      head = concat([head, piece], byteArray);
      if (head.length < BOM.length && !last) return;
      piece = BOM.every((b, k) => head![k] === b) ? head.subarray(BOM.length) : head;
      head = null;
    }
    feed(piece, last);
  };
  await eachPiece(body, async (piece) => {
    await on.hold?.();
    // (The piece is read into a buffer the next read writes over: see eachPiece.)
    kept?.push(piece.slice());
    if (steps.weekly()) return;
    if (steps.stopped()) return false;
    // How papaparse guesses the delimiter and line breaks: from the first piece it is given.
    if (!text) read(guess.decode(piece, { stream: true }));
    next(piece, false);
    if (steps.started() && !steps.weekly()) kept = null;
  });
  if (!text) read('');
  next(EMPTY, true);
  return steps.result() ?? weeklyOf(new TextDecoder().decode(concat(kept!, byteArray)), o);
}

function guessed(piece: string): CsvText {
  const { delimiter, linebreak } = Papa.parse<string[]>(piece, { preview: 1 }).meta;
  return { delimiter, linebreak };
}

const encoder = new TextEncoder();
const byteArray = (n: number) => new Uint8Array(n);

/** The cells of a row whose cells are not read: more than one, none of them read. */
const ROW: string[] = ['', ''];
