/** Whether a file's text is CSV rather than JSON: JSON starts with `{` or `[`. Tiny, so the loader can ask early. */
export const looksLikeCsv = (text: string): boolean => !/^\uFEFF?\s*[[{]/.test(text.slice(0, 1000));

/** Whether a file name, path or URL names a Parquet file (its query aside). */
export const isParquetName = (name: string): boolean => /\.parquet$/i.test(name.split('?')[0]!);

/** Whether a file name, path or URL names a CSV (its query aside). */
export const isCsvName = (name: string): boolean => /\.csv$/i.test(name.split('?')[0]!);

/**
 * Which reader a file gets: its name first (a .json holding HTML is a broken JSON file, not an
 * unknown CSV), its content when the name says neither.
 */
export const readsAsCsv = (name: string, text: string): boolean =>
  isCsvName(name) || (!/\.json$/i.test(name.split('?')[0]!) && looksLikeCsv(text));
