// @vitest-environment node
// (Node's streams and TextDecoder, as the workers have them.)
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { bundled } from '../../test/render';
import { fixtureText as fixture, geo, pieces } from '../../test/import';
import { eventRows, importCsv } from './import-csv';
import type { CsvText } from './csv-read';
import { splitCsvStream, readChunk, type RowsChunk } from './split-csv';
import { mergeParts } from './parts';
import { PartChunker, PartsAssembler, type PartChunk } from '../dataset/part-chunk';
import { unpackEvents } from '../dataset/event-codec';
import { ColumnsBuilder } from '../dataset/index-columns';
import { searchStrings } from '../dataset/indexes';
import type { DrawdownEvent } from '../dataset/schema';
import { synthesizeCsv } from '../../../scripts/synth-lib';

const reference = bundled().data;

/**
 * The file read as csv-parts.ts reads it, each part's work done here in turn: split into
 * chunks of `rowsPerChunk` rows, chunk j read by part j mod `of`, and the parts' chunks put
 * together in the order `deliver` gives them.
 */
async function readInParts(
  text: string,
  of: number,
  rowsPerChunk: number,
  deliver: (chunks: PartChunk[]) => PartChunk[] = (c) => c,
) {
  const file = 'parts.csv';
  const made: PartChunk[] = [];
  const parts = Array.from({ length: of }, () => {
    const chunker = new PartChunker();
    return eventRows({
      file,
      geo,
      reference,
      part: { onChunk: (events, chunk, context) => made.push(chunker.make(events, chunk, context).chunk) },
    });
  });
  const shipped: RowsChunk[] = [];
  let header: readonly string[] = [];
  let csvText: CsvText | null = null;
  const on = {
    header: (h: readonly string[], t: CsvText) => {
      header = h;
      csvText = t;
    },
    chunk: (c: RowsChunk) => shipped.push(c),
  };
  const read = await splitCsvStream(pieces(text), { file, geo, reference }, on, rowsPerChunk);
  if (read.kind === 'counts') throw new Error('counts');
  for (const p of parts) p.header(header, csvText!);
  for (const c of shipped) {
    const p = parts[c.chunk % of]!;
    readChunk(c, csvText!, (cells, rowNumber, quoteError) => p.row(cells, rowNumber, 0, 0, quoteError));
    p.endChunk(c.chunk);
  }
  const results = parts.map((p) => p.finish());
  const events: DrawdownEvent[] = [];
  const search: string[] = [];
  const assembler = new PartsAssembler(reference.bases, of, (packed) => {
    events.push(...unpackEvents(packed.events));
    const { bytes, ends } = packed.search;
    let from = 0;
    for (const end of ends) search.push(new TextDecoder().decode(bytes.subarray(from, (from = end))));
  });
  for (const c of deliver(made)) assembler.add(structuredClone(c));
  const merged = mergeParts(
    results.map((r) => ({ data: r.data, rejected: r.rejected, outsideIraq: r.outsideIraq, part: r.part! })),
    read.rows,
    reference,
  );
  return { merged, events, search, columns: assembler.columns.finish(), chunks: shipped.length };
}

/** What reading the file whole gives, to compare with. */
function whole(text: string) {
  const r = importCsv(text, { file: 'parts.csv', geo, reference });
  const columns = new ColumnsBuilder(reference.bases);
  columns.add(r.data.events);
  const bases = new Map(reference.bases.map((b) => [b.id, b]));
  return { r, columns: columns.finish(), search: searchStrings(r.data.events, bases, reference.provinces) };
}

/** An ACLED export whose ids repeat within and across chunks, with empty lines among its rows. */
function repeatedIds(): string {
  const rows = Papa.parse<string[]>(synthesizeCsv('acled', reference, 300, 5).trim()).data;
  const id = rows[0]!.indexOf('event_id_cnty');
  const set = (row: number, value: string) => (rows[row]![id] = value);
  set(10, rows[3]![id]!);
  set(11, 'X7');
  set(52, 'X7');
  set(53, 'x7');
  set(12, 'A');
  set(13, 'A');
  // The id the second "A" takes (its row number breaks the tie), given by a later row.
  set(40, 'A-r14');
  set(41, '');
  set(42, '');
  const lines = Papa.unparse(rows).split('\r\n');
  lines.splice(30, 0, '', '');
  lines.splice(90, 0, '');
  return lines.join('\r\n');
}

/** An ACLED export where a note opens a quote it does not close: the rows after it, up to a
 * later row's quote, run on into its row (see ranOn). */
function strayQuote(): string {
  const rows = Papa.parse<string[]>(synthesizeCsv('acled', reference, 60, 7).trim()).data;
  const notes = rows[0]!.indexOf('notes');
  const lines = Papa.unparse(rows).split('\r\n');
  const withNote = (k: number, note: string) => {
    const cells = Papa.parse<string[]>(lines[k]!).data[0]!;
    cells[notes] = '\u0000';
    lines[k] = Papa.unparse([cells]).replace('\u0000', note);
  };
  withNote(20, '"a stray quote');
  withNote(30, '"a closed, quoted note"');
  return lines.join('\r\n');
}

describe('a CSV export read in parts', () => {
  const files: [string, string][] = [
    ['ACLED 2022+, with an HXL row', fixture('acled-iraq-2022.csv')],
    ['UCDP GED quirks', fixture('ucdp-ged-iraq-quirks.csv')],
    [
      'UCDP GED global sample (line breaks inside quotes; most rows outside Iraq)',
      fixture('ucdp-ged-23.1-global-sample-1000.csv'),
    ],
    ['ACLED, ids repeated across chunks, empty lines', repeatedIds()],
    ['ACLED, a stray quote running on over rows', strayQuote()],
  ];

  it('sets the row a stray quote ran on from aside, whole or in parts (the file the parts read)', () => {
    const w = whole(strayQuote());
    expect(w.r.rejected.filter((p) => 'reason' in p && p.reason === 'unclosedQuote')).toMatchObject([
      // Quoted from where the quote opened, to the end of its line.
      { row: 21, field: 'notes', value: expect.stringMatching(/^a stray quote,/) as unknown },
    ]);
  });
  for (const [name, text] of files)
    for (const [of, rows] of [
      [2, 1],
      [2, 7],
      [3, 3],
    ] as const)
      it(`reads what the whole file reads: ${name}, ${of} parts of ${rows}-row chunks`, async () => {
        const w = whole(text);
        // The last part's chunks come first: the order they are put together in is the file's.
        const p = await readInParts(text, of, rows, (c) =>
          [...c].sort((a, b) => (b.chunk % of) - (a.chunk % of)),
        );
        expect(p.chunks).toBeGreaterThan(1);
        expect(p.events).toEqual(w.r.data.events);
        expect(p.merged.rejected).toEqual(w.r.rejected);
        expect([p.merged.rows, p.merged.outsideIraq]).toEqual([w.r.rows, w.r.outsideIraq]);
        expect(p.merged.data).toEqual({ ...w.r.data, events: [] });
        expect(p.columns).toEqual(w.columns);
        expect(p.search).toEqual(w.search);
      });

  it('breaks ties between ids as the whole file does, across parts', async () => {
    const text = repeatedIds();
    const ids = (await readInParts(text, 2, 5)).events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Counted independently: the rows whose ids repeat an earlier row's.
    expect(ids.filter((i) => /-r\d+$/.test(i)).length).toBe(5);
    expect(ids).toContain('acled-a');
    expect(ids).toContain('acled-a-r14');
    expect(ids.filter((i) => /^acled-a-r14-r\d+$/.test(i))).toHaveLength(1);
  });
});
