// @vitest-environment node
// (jsdom's Blob cannot be read as a stream; Node's, like the browser's, can.)
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bundled } from '../../test/render';
import { fixtureText, geo, pieces } from '../../test/import';
import { DAY_ORDER_SAMPLE, unreadableIn, withSample } from './sample';
import { importAnyCsv, importAnyCsvStream, type Imported } from './import-csv';

const reference = bundled().data;

describe('where a file first has a letter it could not be read as', () => {
  it('gives its line and the text around it on that line', () => {
    expect(unreadableIn('a,b\r\n1,Qa\uFFFDim\r\n2,x\uFFFD\r\n')).toEqual({ line: 2, text: '1,Qa\uFFFDim' });
    const long = `h\n${'x'.repeat(50)}\uFFFD${'y'.repeat(50)}\n`;
    expect(unreadableIn(long)).toEqual({ line: 2, text: `…${'x'.repeat(30)}\uFFFD${'y'.repeat(29)}…` });
    // Lines ended by a carriage return alone, as old Macs wrote them.
    expect(unreadableIn('a\rb\r\uFFFD')).toEqual({ line: 3, text: '\uFFFD' });
    expect(unreadableIn('a,b\n1,الأنبار\n')).toBeNull();
  });

  it('does not take a letter cut in two at the end of the sample for an unreadable one', async () => {
    // One byte of ASCII, then two-byte letters: the sample's last byte is half of one.
    const bytes = new TextEncoder().encode(`a${'é'.repeat(DAY_ORDER_SAMPLE)}`);
    expect((await withSample(new Blob([bytes]))).sample.unreadable).toBeNull();
    expect((await withSample(pieces(bytes, 65_536))).sample.unreadable).toBeNull();
  });
});

describe('an ACLED export saved by Excel as "CSV (Comma delimited)" on Arabic Windows', () => {
  // The fixture in code page 1256: its Arabic admin1, on line 15, is not UTF-8.
  const bytes = new Uint8Array(
    readFileSync('tests/fixtures/import/acled-iraq-2022-excel-arabic-windows.csv'),
  );
  const options = { file: 'arabic-windows.csv', geo, reference };
  const original = importAnyCsv(fixtureText('acled-iraq-2022.csv'), options) as Imported;
  // Counted here from the file's bytes: the line of its first byte past ASCII.
  const firstHigh = bytes.findIndex((b) => b > 0x7f);
  const line = bytes.subarray(0, firstHigh).filter((b) => b === 0x0a).length + 1;

  it('says where its letters could not be read, and still reads every row', async () => {
    expect(line).toBe(15);
    for (const r of [
      importAnyCsv(new TextDecoder().decode(bytes), options),
      await importAnyCsvStream(pieces(bytes, 64), options),
      await importAnyCsvStream(new Blob([bytes]).stream(), options),
    ] as Imported[]) {
      expect(r.unreadable).toEqual({
        line,
        text: expect.stringMatching(/^….*,Iraq,\uFFFD{7},Heet,/) as string,
      });
      expect(r.data.events.map((e) => e.id)).toEqual(original.data.events.map((e) => e.id));
    }
    // The file in UTF-8 has none.
    expect(original.unreadable).toBeUndefined();
  });
});

describe("ACLED's weekly counts saved by Excel on Western Windows", () => {
  it('say where their letters could not be read, as an event export does', async () => {
    // "Salah al-Dîn" in code page 1252: its î (0xEE) is not UTF-8. Line 10, counted here.
    const text = fixtureText('acled-weekly-iraq.csv').replace('Salah al-Din', 'Salah al-D\u00een');
    const line = text.slice(0, text.indexOf('\u00ee')).split('\n').length;
    expect(line).toBe(10);
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    const options = { file: 'weekly.csv', geo, reference };
    for (const r of [
      importAnyCsv(new TextDecoder().decode(bytes), options),
      await importAnyCsvStream(pieces(bytes, 64), options),
    ]) {
      expect(r.kind).toBe('counts');
      expect(r.unreadable).toEqual({ line, text: expect.stringContaining('Salah al-D\uFFFDn') as string });
    }
  });
});

describe('a UTF-8 file that holds a � as written', () => {
  it('gets no note: its letters were lost before it was saved, not in this reading', async () => {
    const text = fixtureText('acled-iraq-2022.csv').replace('officials said', 'officials sa\uFFFDd');
    const options = { file: 'utf8.csv', geo, reference };
    const r = (await importAnyCsvStream(pieces(text, 64), options)) as Imported;
    expect(r.unreadable).toBeUndefined();
    expect(r.data.events.some((e) => e.summary.en.includes('officials sa\uFFFDd'))).toBe(true);
    expect((await withSample(new Blob([text]))).sample.unreadable).toBeNull();
  });
});
