// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { fixtureText, geo, pieces } from '../../test/import';
import { readCsvStream, type CsvText } from './csv-read';
import { chunkMaker, splitCsvStream, type RowsChunk } from './split-csv';
import { rng, synthesizeCsv } from '../../../scripts/synth-lib';

const reference = bundled().data;
const options = { file: 'x.csv', geo, reference };

/** A chunk as a part reads it: its bytes decoded. */
type ChunkText = Omit<RowsChunk, 'bytes'> & { text: string };

/** What a split hands the parts: the header, how the text is read, every chunk. */
function recorder() {
  const got: { header: readonly string[]; text: CsvText | null; chunks: ChunkText[] } = {
    header: [],
    text: null,
    chunks: [],
  };
  const on = {
    header: (h: readonly string[], t: CsvText) => {
      got.header = h;
      got.text = { delimiter: t.delimiter, linebreak: t.linebreak };
    },
    chunk: ({ bytes, ...c }: RowsChunk) =>
      got.chunks.push({ ...c, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) }),
  };
  return { got, on };
}

/**
 * The reference: papaparse makes every row of the decoded text, and each chunk is the text
 * from its first row's start to its last row's end, as papaparse places them.
 */
function papaSplitter(whole: string, on: ReturnType<typeof recorder>['on'], rowsPerChunk: number) {
  const decoded = whole.replace(/^\uFEFF/, '');
  return chunkMaker(on, rowsPerChunk, (from, to) => new TextEncoder().encode(decoded.slice(from, to))).reader;
}

/** The split with papaparse making every row (the reference), and with rows found by scanning. */
async function both(input: string | Uint8Array, size: () => number, rows = 3) {
  // Bytes that are not all UTF-8: papaparse reads what the decoder makes of them.
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  // The same pieces for both: papaparse guesses the line breaks from the first one.
  const sizes = Array.from({ length: text.length * 3 + 1 }, size);
  const same = () => {
    let k = 0;
    return () => sizes[k++]!;
  };
  const a = recorder();
  const byPapa = await readCsvStream(pieces(text, same()), options, papaSplitter(text, a.on, rows));
  const b = recorder();
  const byScan = await splitCsvStream(pieces(input, same()), options, b.on, rows);
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
    '"a"\u00a0',
    '"b" \u2003',
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

  it('does so on bytes that are not all UTF-8, and past a byte-order mark', async () => {
    const r = rng(5);
    for (let k = 0; k < 100; k++) {
      const nl = r() < 0.5 ? '\n' : '\r\n';
      // A quoted first cell, behind a byte-order mark or not.
      const text =
        (r() < 0.5 ? '\uFEFF' : '') + randomText(r, Math.floor(r() * 30), nl).replace(/^\w+/, '"$&"');
      const bytes = Array.from(new TextEncoder().encode(text));
      // A lone continuation byte, a lead byte cut short, a byte UTF-8 never uses (past the
      // header, which must be read for the rows to be).
      const body = bytes.indexOf(0x0a) + 1;
      for (let n = Math.floor(r() * 6); n > 0 && body > 0; n--)
        bytes.splice(
          body + Math.floor(r() * (bytes.length - body)),
          0,
          [0x80, 0xc3, 0xe2, 0xff][Math.floor(r() * 4)]!,
        );
      const input = Uint8Array.from(bytes);
      const { papa, scan } = await both(input, () => 1 + Math.floor(r() * 50));
      expect(scan, `bytes ${bytes.join(' ')}`).toEqual(papa);
    }
  });

  it('reads a quote that never closes to the end of the file, without scanning it again per piece', async () => {
    // 16 MB in pieces of 4 KB: scanned again from the quote at every piece, the row would
    // take ~32 GB of scanning (18 s here), and the test its time-out.
    const row = `IRQ1,2020-01-01,Riots,Mob violence,Iraq,Baghdad,33.3,44.4,1,1,"opened\n`;
    const text = `${HEADER}\n${row}${'x,y,z\n'.repeat((16 * 1024 * 1024) / 6)}`;
    const { got, on } = recorder();
    const read = await splitCsvStream(
      pieces(text, () => 4_096),
      options,
      on,
    );
    expect(read).toEqual({ kind: 'split', rows: 1 });
    expect(got.chunks).toHaveLength(1);
    expect(got.chunks[0]!.text).toBe(text.slice(HEADER.length + 1));
  });

  it('copies each chunk into a buffer a part sent back, when there is one large enough', async () => {
    const r = rng(5);
    const text = randomText(r, 60, '\n');
    const own = recorder();
    await splitCsvStream(
      pieces(text, () => 7),
      options,
      own.on,
      4,
    );
    const spares = [new ArrayBuffer(2), new ArrayBuffer(4096), new ArrayBuffer(4096)];
    const given = [...spares];
    const into: ArrayBufferLike[] = [];
    const spared = recorder();
    const on = {
      ...spared.on,
      spare: () => given.pop(),
      chunk: (c: RowsChunk) => {
        into.push(c.bytes.buffer);
        spared.on.chunk(c);
      },
    };
    await splitCsvStream(
      pieces(text, () => 7),
      options,
      on,
      4,
    );
    expect(spared.got).toEqual(own.got);
    // The two large enough went to the first two chunks; the small one was passed over.
    expect(into[0]).toBe(spares[2]);
    expect(into[1]).toBe(spares[1]);
    expect(into.slice(2)).not.toContain(spares[0]);
    expect(into.length).toBeGreaterThan(3);
  });

  it('reads ACLED weekly counts whole and stops at a header it does not know, as papaparse does', async () => {
    const weekly = fixtureText('acled-weekly-iraq.csv');
    const { papa, scan } = await both(weekly, () => 100);
    expect(scan.result.kind).toBe('counts');
    expect(scan).toEqual(papa);
    const bad = `what,is,this\n1,2,3\n`;
    await expect(
      splitCsvStream(
        pieces(bad, () => 5),
        options,
        recorder().on,
      ),
    ).rejects.toThrow(/not a format/);
  });
});
