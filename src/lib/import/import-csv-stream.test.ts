// @vitest-environment node
// (jsdom's Blob cannot be read as a stream; Node's, like the browser's, can.)
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { bundled } from '../../test/render';
import { importAnyCsv, importAnyCsvStream } from './import-csv';
import type { Governorates } from './governorates';
import { synthesizeCsv } from '../../../scripts/synth-lib';

const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;
const reference = bundled().data;
const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');

/** `text` as a stream of pieces of `size` bytes, as a download arrives (Node's own Blob
 * streams a small one in one piece). */
function pieces(text: string, size = 997): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(ctl) {
      if (at >= bytes.length) ctl.close();
      else ctl.enqueue(bytes.slice(at, (at += size)));
    },
  });
}

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

  it('reads fixtures as the text reader does: ACLED, UCDP, weekly counts, a BOM', async () => {
    for (const name of [
      'acled-iraq-2022.csv',
      'ucdp-ged-iraq-quirks.csv',
      'acled-iraq-old-layout.csv',
      'acled-weekly-iraq.csv',
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
