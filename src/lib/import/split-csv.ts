import Papa from 'papaparse';
import { headerFormat } from './import-csv';
import { isBlankRow, type CsvText, type RowReader } from './csv-read';
import { PART_ROWS } from './parts';

/** A chunk of an export's rows as text, for a part to read (see readChunk). */
export interface RowsChunk {
  chunk: number;
  text: string;
  /** The number of its first row (the file's rows counted from the header, as 1). */
  firstRow: number;
  rows: number;
}

/**
 * Goes through an event export's rows only to find where each chunk of `rowsPerChunk` of them
 * starts and ends in the text, and hands each chunk's text on (see parts.ts). Papaparse finds
 * the rows, so a quoted line break or a stray quote splits them exactly as it reads them in a
 * part. Keeps the text from the start of the chunk being read only.
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
