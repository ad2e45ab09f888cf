import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { bundled } from '../../test/render';
import { asRead } from '../../test/import';
import { importCsv } from './import-csv';
import { importParquet, isParquetBytes } from './import-parquet';
import type { Governorates } from './governorates';
import { FatalDatasetError } from '../dataset/record-checks';

const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;
const reference = bundled().data;

/** A fixture CSV written as Parquet: coordinates and precisions as numbers, the rest as text. */
function toParquet(name: string): ArrayBuffer {
  const text = readFileSync(`tests/fixtures/import/${name}`, 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.filter(
    (r) => !Object.values(r)[0]!.startsWith('#'),
  );
  const numeric = new Set(['latitude', 'longitude', 'time_precision', 'geo_precision', 'fatalities']);
  const columns = Object.keys(rows[0]!).map((n) =>
    numeric.has(n)
      ? {
          name: n,
          type: 'DOUBLE' as const,
          nullable: true,
          data: rows.map((r) => (r[n] === '' ? null : Number(r[n]))),
        }
      : { name: n, type: 'STRING' as const, data: rows.map((r) => r[n] ?? '') },
  );
  return parquetWriteBuffer({ columnData: columns });
}

describe('Parquet in', () => {
  it('reads an ACLED export written as Parquet into the same events as its CSV', async () => {
    const bytes = toParquet('acled-iraq-2022.csv');
    expect(isParquetBytes(bytes)).toBe(true);
    const fromParquet = await importParquet(bytes, { file: 'acled.parquet', geo, reference });
    const fromCsv = importCsv(readFileSync('tests/fixtures/import/acled-iraq-2022.csv', 'utf8'), {
      file: 'acled.parquet',
      geo,
      reference,
    });
    const view = (r: typeof fromCsv) => r.data.events.map(asRead);
    expect(view(fromParquet)).toEqual(view(fromCsv));
    expect(fromParquet.rejected.map((p) => p.field)).toEqual(fromCsv.rejected.map((p) => p.field));
    expect(fromParquet.outsideIraq).toBe(fromCsv.outsideIraq);
    // Provenance: the row's place among the file's rows (the CSV counts its header and HXL rows).
    expect(fromParquet.data.events[0]!.origin!.row).toBe(fromCsv.data.events[0]!.origin!.row - 2);
  });

  it('refuses a file that is not Parquet, and a layout it does not know, saying why', async () => {
    const o = { file: 'x.parquet', geo, reference };
    await expect(importParquet(new TextEncoder().encode('id,date\n').buffer, o)).rejects.toThrow(
      /not a Parquet/,
    );
    const other = parquetWriteBuffer({ columnData: [{ name: 'colour', type: 'STRING', data: ['red'] }] });
    await expect(importParquet(other, o)).rejects.toThrow(FatalDatasetError);
    await expect(importParquet(other, o)).rejects.toThrow(/header starts colour/);
  });
});
