// @vitest-environment node
// (jsdom's Blob cannot be read as a stream; Node's, like the browser's, can.)
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { bundled } from '../../test/render';
import { fixtureText as fixture, geo, pieces } from '../../test/import';
import { importAnyCsv, importAnyCsvStream } from './import-csv';
import { synthesizeCsv } from '../../../scripts/synth-lib';

const reference = bundled().data;

describe('a CSV read from a stream as it is decoded', () => {
  const options = (file: string) => ({ file, geo, reference });

  it('reads what the whole text reads, Arabic cut across the decoder’s pieces included', async () => {
    // Every row's notes in Arabic: pieces of the file then end inside characters.
    const text = synthesizeCsv('acled', reference, 6_000, 3);
    const rows = Papa.parse<string[]>(text.trim()).data;
    const notes = rows[0]!.indexOf('notes');
    for (const r of rows.slice(1)) r[notes] = `قصف صاروخي على القاعدة ${r[notes]} — ١٢`;
    const arabic = Papa.unparse(rows);
    const whole = importAnyCsv(arabic, options('a.csv'));
    const blob = await importAnyCsvStream(pieces(arabic), options('a.csv'));
    expect(blob).toEqual(whole);
    expect(whole.kind === 'events' && whole.data.events[0]!.summary.en).toMatch(/^قصف صاروخي/);
  });

  it('reads fixtures as the text reader does: ACLED, UCDP, weekly counts, a BOM, dates a spreadsheet wrote', async () => {
    for (const name of [
      'acled-iraq-2022.csv',
      'ucdp-ged-iraq-quirks.csv',
      'acled-iraq-old-layout.csv',
      'acled-weekly-iraq.csv',
      'acled-iraq-2022-excel-eu.csv',
      'acled-iraq-2022-excel-us.csv',
    ]) {
      const text = fixture(name);
      expect(await importAnyCsvStream(pieces(text, 64), options(name))).toEqual(
        importAnyCsv(text, options(name)),
      );
    }
  });

  it('refuses an unknown layout the same way', async () => {
    await expect(importAnyCsvStream(new Blob(['a,b,c\n1,2,3\n']).stream(), options('x.csv'))).rejects.toThrow(
      /not a format Drawdown reads/,
    );
  });
});
