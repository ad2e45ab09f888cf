// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { fixtureText, geo } from '../../test/import';
import { readCsvStream, type CsvText } from './csv-read';
import { rowSplitter, splitCsvStream, type RowsChunk } from './split-csv';
import { rng, synthesizeCsv } from '../../../scripts/synth-lib';

const reference = bundled().data;
const options = { file: 'x.csv', geo, reference };

/** `text` as a stream of pieces whose sizes `size` picks. */
function cut(text: string, size: () => number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(ctl) {
      if (at >= bytes.length) ctl.close();
      else ctl.enqueue(bytes.slice(at, (at += size())));
    },
  });
}

/** What a split hands the parts: the header, how the text is read, every chunk. */
function recorder() {
  const got: { header: readonly string[]; text: CsvText | null; chunks: RowsChunk[] } = {
    header: [],
    text: null,
    chunks: [],
  };
  const on = {
    header: (h: readonly string[], t: CsvText) => {
      got.header = h;
      got.text = { delimiter: t.delimiter, linebreak: t.linebreak };
    },
    chunk: (c: RowsChunk) => got.chunks.push(c),
  };
  return { got, on };
}

/** The split with papaparse making every row (the reference), and with rows found by scanning. */
async function both(text: string, size: () => number, rows = 3) {
  // The same pieces for both: papaparse guesses the line breaks from the first one.
  const sizes = Array.from({ length: text.length + 1 }, size);
  const same = () => {
    let k = 0;
    return () => sizes[k++]!;
  };
  const a = recorder();
  const splitter = rowSplitter(a.on, rows);
  const byPapa = await readCsvStream(cut(text, same()), options, splitter.reader, splitter.onText);
  const b = recorder();
  const byScan = await splitCsvStream(cut(text, same()), options, b.on, rows);
  return { papa: { result: byPapa, ...a.got }, scan: { result: byScan, ...b.got } };
}

const HEADER =
  'event_id_cnty,event_date,event_type,sub_event_type,country,admin1,latitude,longitude,time_precision,geo_precision,notes';

/** Rows of CSV-like text with what trips a reader: quotes (escaped, stray, unclosed), delimiters
 * and line breaks inside quotes, spaces after a closing quote, empty lines, \r\n and \n. */
function randomText(r: () => number, n: number, nl: string): string {
  const bits = [
    'a',
    'b c',
    '',
    ' ',
    '"',
    '""',
    ',',
    '"q"',
    '"x,y"',
    `"l${nl}m"`,
    '" "',
    '"a"  ',
    'é',
    'ق',
    '#h',
  ];
  const lines = [HEADER];
  for (let i = 0; i < n; i++) {
    const cells = Array.from({ length: Math.floor(r() * 4) + (r() < 0.1 ? 0 : 1) }, () =>
      Array.from({ length: Math.floor(r() * 3) + 1 }, () => bits[Math.floor(r() * bits.length)]).join(''),
    );
    lines.push(cells.join(','));
  }
  return lines.join(nl) + (r() < 0.5 ? nl : '');
}

describe('an export split into chunks of rows by scanning', () => {
  it('hands the parts what papaparse finds, row for row, on random text in random pieces', async () => {
    const r = rng(11);
    for (let k = 0; k < 300; k++) {
      const nl = r() < 0.5 ? '\n' : '\r\n';
      const text = randomText(r, Math.floor(r() * 40), nl);
      const { papa, scan } = await both(text, () => 1 + Math.floor(r() * (r() < 0.5 ? 8 : 200)));
      expect(scan, `text ${JSON.stringify(text)}`).toEqual(papa);
    }
  });

  it('does so on real exports: quoted line breaks, an HXL row, a byte-order mark', async () => {
    const r = rng(3);
    for (const name of [
      'acled-iraq-2022.csv',
      'ucdp-ged-iraq-quirks.csv',
      'ucdp-ged-23.1-global-sample-1000.csv',
    ]) {
      const { papa, scan } = await both(fixtureText(name), () => 1 + Math.floor(r() * 5000), 50);
      expect(scan.chunks.length).toBeGreaterThan(0);
      expect(scan).toEqual(papa);
    }
    const synthetic = synthesizeCsv('acled', reference, 3_000, 2);
    const { papa, scan } = await both(synthetic, () => 65_536, 400);
    expect(scan).toEqual(papa);
  });

  it('reads ACLED weekly counts whole and stops at a header it does not know, as papaparse does', async () => {
    const weekly = fixtureText('acled-weekly-iraq.csv');
    const { papa, scan } = await both(weekly, () => 100);
    expect(scan.result.kind).toBe('counts');
    expect(scan).toEqual(papa);
    const bad = `what,is,this\n1,2,3\n`;
    await expect(
      splitCsvStream(
        cut(bad, () => 5),
        options,
        recorder().on,
      ),
    ).rejects.toThrow(/not a format/);
  });
});
