/**
 * A Parquet file holding one of the event layouts (UCDP GED or ACLED column names, as DuckDB,
 * Spark, ClickHouse or pandas write them) read through hyparquet, row groups at a time, into
 * the same row reader as a CSV: the same checks, the same provenance (row = the row's place
 * in the file, from 1). Loaded only when a Parquet file comes.
 */
import { parquetMetadata, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { FatalDatasetError } from '../dataset/record-checks';
import { words } from '../dataset/check-reason';
import { eventRows, type Imported, type ImportOptions } from './import-csv';

/** Parquet files start and end with these four bytes. */
export const isParquetBytes = (bytes: ArrayBuffer): boolean => {
  const b = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  return b.length === 4 && b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31;
};

/** Rows read at a time: a large file is never held as one array of rows besides its events. */
const BATCH = 10_000;

/** A cell as the CSV reader would see it: dates as ISO days, numbers as written, nulls empty. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date)
    return Number.isNaN(v.getTime()) ? '' : v.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export async function importParquet(bytes: ArrayBuffer, o: ImportOptions): Promise<Imported> {
  if (!isParquetBytes(bytes)) throw new FatalDatasetError('collection', words('notParquet'));
  let metadata;
  try {
    metadata = parquetMetadata(bytes);
  } catch (e) {
    throw new FatalDatasetError('collection', words('parquetMeta', (e as Error).message));
  }
  // Top-level columns only: the event layouts are flat.
  const root = metadata.schema[0]!;
  const names: string[] = [];
  for (let k = 1, left = root.num_children ?? 0; k < metadata.schema.length && left > 0; left--) {
    const el = metadata.schema[k]!;
    names.push(el.name);
    // Skip a nested column's children.
    let skip = el.num_children ?? 0;
    k++;
    while (skip > 0 && k < metadata.schema.length) {
      skip += (metadata.schema[k]!.num_children ?? 0) - 1;
      k++;
    }
  }
  const reader = eventRows(o);
  if (reader.header(names) === 'counts') throw new FatalDatasetError('collection', words('weeklyParquet'));
  const total = Number(metadata.num_rows);
  for (let start = 0; start < total; start += BATCH) {
    const end = Math.min(total, start + BATCH);
    await parquetRead({
      file: bytes,
      metadata,
      compressors,
      rowStart: start,
      rowEnd: end,
      onComplete: (rows) =>
        rows.forEach((r, k) =>
          reader.row(
            r.map((v) => cellText(v)),
            start + k + 1,
          ),
        ),
    });
  }
  return reader.finish();
}
