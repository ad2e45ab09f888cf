/**
 * Which export a CSV is, from its header row. Column names are compared without case: older
 * ACLED exports write them in capitals.
 */
import type { ImportFormat } from '../dataset/schema';

/** The columns each format must have to be read; the rest are optional. */
export const REQUIRED_COLUMNS: Record<ImportFormat, readonly string[]> = {
  'ucdp-ged': [
    'id',
    'type_of_violence',
    'country',
    'adm_1',
    'latitude',
    'longitude',
    'where_prec',
    'date_prec',
    'date_start',
    'date_end',
  ],
  acled: [
    'event_id_cnty',
    'event_date',
    'event_type',
    'sub_event_type',
    'country',
    'admin1',
    'latitude',
    'longitude',
    'time_precision',
    'geo_precision',
  ],
};

/** ACLED's free weekly aggregates: counts, not events. */
export const ACLED_WEEKLY_COLUMNS = [
  'week',
  'admin1',
  'event_type',
  'sub_event_type',
  'events',
  'fatalities',
] as const;

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  'ucdp-ged': 'UCDP GED',
  acled: 'ACLED',
};

/** The layouts Drawdown tells apart, named in the interface (`import.layouts.*`). */
export const LAYOUTS = [
  'ged-23.1',
  'ged-22.1',
  'ged-older',
  'acled-2022',
  'acled-upper',
  'acled-other',
  'acled-weekly',
] as const;
export type Layout = (typeof LAYOUTS)[number];

export type Detected =
  | { format: ImportFormat; layout: Layout; columns: Map<string, number> }
  | { format: 'acled-weekly'; columns: Map<string, number> }
  | { format: null; found: string[] };

/** The format and layout a header row says, with each column's index by its lower-case name. */
export function detectFormat(header: readonly string[]): Detected {
  const columns = new Map<string, number>();
  header.forEach((h, i) => {
    const k = h
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase();
    if (k && !columns.has(k)) columns.set(k, i);
  });
  const has = (names: readonly string[]) => names.every((n) => columns.has(n));
  if (has(REQUIRED_COLUMNS['ucdp-ged'])) {
    const layout = columns.has('relid')
      ? 'ged-23.1'
      : columns.has('where_description')
        ? 'ged-22.1'
        : 'ged-older';
    return { format: 'ucdp-ged', layout, columns };
  }
  if (has(REQUIRED_COLUMNS.acled)) {
    const upper = header.some((h) => h.trim() === 'EVENT_ID_CNTY');
    const layout = upper ? 'acled-upper' : columns.has('disorder_type') ? 'acled-2022' : 'acled-other';
    return { format: 'acled', layout, columns };
  }
  if (has(ACLED_WEEKLY_COLUMNS)) return { format: 'acled-weekly', columns };
  return { format: null, found: header.slice(0, 12).map((h) => h.trim()) };
}

/** A humanitarian (HXL) extract has a second header row of hashtags: `#date+year,#geo+lat…`. */
export const isHxlRow = (row: readonly string[]): boolean => {
  const filled = row.filter((c) => c.trim());
  return filled.length > 0 && filled.every((c) => c.trim().startsWith('#'));
};

/**
 * Whether a file's text (decoded as UTF-8) begins as a ZIP archive does, which is also what an
 * .xlsx or .ods workbook is, or as an old Excel .xls: a spreadsheet the analyst has not saved
 * as CSV, or a download not unzipped.
 */
export const isArchive = (text: string): boolean =>
  text.startsWith('PK\u0003\u0004') || text.startsWith('\ufffd\ufffd\u0011\u0871\u001a');
