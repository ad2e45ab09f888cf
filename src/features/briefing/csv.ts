import Papa from 'papaparse';
import type { Dataset, DrawdownEvent, DatasetInfo } from '../../lib/dataset/schema';
import { figureKeys } from '../../lib/dataset/vocabulary';
import type { Stamp } from '../../lib/dataset/fingerprint';
import { datedMoments } from '../../lib/dataset/indexes';

const BOM = '\uFEFF';
/** What a spreadsheet may read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export const csvColumns = [
  'id',
  'date',
  'date_inferred',
  'type',
  'governorate',
  'governorate_en',
  'governorate_ar',
  'base',
  'base_en',
  'base_ar',
  'title_en',
  'title_ar',
  'summary_en',
  'summary_ar',
  ...figureKeys,
  'sources',
  'evidence',
  // An imported row's provenance: which file, which row, its own id and category.
  'origin_file',
  'origin_row',
  'origin_id',
  'origin_category',
  // With several layers: which one the row is from, and that layer's file.
  'layer',
  'layer_source',
  // The reproducibility stamp, the same on every row: which data and view, and when.
  'stamp_dataset',
  'stamp_version',
  'stamp_sha256',
  'stamp_exported_at',
  'stamp_link',
] as const;

/**
 * The events as CSV, UTF-8 with a byte-order mark so Excel shows the Arabic. Written by
 * papaparse with `escapeFormulae`: a text cell starting with = + - @, a tab or a CR gets a
 * leading ' so a spreadsheet shows it instead of running it (OWASP "CSV injection").
 * Numbers stay numbers.
 */
export function eventsToCsv(data: DatasetInfo, events: readonly DrawdownEvent[], stamp?: Stamp): string {
  return layersToCsv([{ data, events }], stamp);
}

/** One layer's part of a CSV export: its dataset, its events shown, and its name and file. */
export interface CsvPart {
  data: DatasetInfo;
  events: readonly DrawdownEvent[];
  layer?: { name: string; source: string };
}

/** The events of several layers in one CSV, each row saying its layer (see eventsToCsv). */
export function layersToCsv(parts: readonly CsvPart[], stamp?: Stamp): string {
  const rows = parts.flatMap((p) => csvRows(p, p.events, stamp));
  return rows.length ? `${BOM}${unparseRows(rows, true)}\r\n` : csvHead();
}

/** What a CSV starts with: the byte-order mark, the header and its line break (papaparse's). */
export const csvHead = () => `${BOM}${unparseRows([], true)}`;

/**
 * Rows as CSV lines (the header first when asked), each line ending in CRLF but the last.
 * One writer for the whole file and for a streamed export's chunks, so they cannot differ.
 */
export function unparseRows(rows: unknown[][], header: boolean): string {
  return Papa.unparse(
    header ? { fields: [...csvColumns], data: rows } : rows,
    // Papaparse's own pattern (`^[=+\-@\t\r].*$`) misses a formula followed by a line break.
    {
      header,
      newline: '\r\n',
      escapeFormulae: FORMULA_START,
      quotes: (v: unknown) => typeof v === 'string' && /^\s|\s$/.test(v),
    },
  );
}

/** What a row needs besides its event: the names of its governorate and base, and its layer. */
export interface CsvContext {
  data: Pick<Dataset, 'provinces' | 'bases'>;
  layer?: { name: string; source: string } | undefined;
}

export function csvRows(
  { data, layer }: CsvContext,
  events: readonly DrawdownEvent[],
  stamp?: Stamp,
): unknown[][] {
  const bases = new Map(data.bases.map((b) => [b.id, b]));
  return events.map((e) => {
    const p = e.province ? data.provinces[e.province] : undefined;
    const b = e.base ? bases.get(e.base) : undefined;
    return [
      e.id,
      e.date,
      e.dateInferred,
      e.type,
      e.province,
      p?.name.en,
      p?.name.ar,
      e.base,
      b?.name.en,
      b?.name.ar,
      e.title.en,
      e.title.ar,
      e.summary.en,
      e.summary.ar,
      ...figureKeys.map((k) => e.figures?.[k]),
      [...new Set(e.evidence.map((q) => q.source))].join(' | '),
      e.evidence.map((q) => `${q.source}: ${q.quote}`).join(' | '),
      e.origin?.file,
      e.origin?.row,
      e.origin?.id,
      e.origin?.sourceType.en,
      layer?.name,
      layer?.source,
      stamp?.title,
      stamp?.version,
      stamp?.sha256,
      stamp?.exportedAt,
      stamp?.link,
    ].map((v) => (v === undefined ? '' : v));
  });
}

/**
 * The dataset cut down to the given events, in its own schema, so it loads again. Disputes
 * keep only records still present and are dropped when fewer than one remains. `dateOf`
 * gives an event's date by id, kept or not: the key moments carry their dates, so that the
 * file still marks them without their events.
 */
export function subsetDataset(
  data: DatasetInfo,
  events: readonly DrawdownEvent[],
  dateOf: (id: string) => string | undefined,
  stamp?: Stamp,
): Dataset {
  const ids = new Set(events.map((e) => e.id));
  return { ...subsetSkeleton(data, (id) => ids.has(id), dateOf, stamp), events: [...events] };
}

/**
 * subsetDataset with its events left empty, for an export that writes them in chunks:
 * `kept` says whether an event id is among those exported.
 */
export function subsetSkeleton(
  data: DatasetInfo,
  kept: (id: string) => boolean,
  dateOf: (id: string) => string | undefined,
  stamp?: Stamp,
): Dataset {
  const other = new Set([...data.bases.map((b) => b.id), ...data.troopLevels.map((t) => t.id)]);
  const moments = data.meta.moments && { moments: datedMoments(data.meta.moments, dateOf) };
  return {
    ...data,
    meta: { ...data.meta, ...moments, ...(stamp ? { export: stamp } : {}) },
    events: [],
    disputes: data.disputes
      .map((d) => ({ ...d, records: d.records.filter((r) => other.has(r) || kept(r)) }))
      .filter((d) => d.records.length > 0),
  };
}
