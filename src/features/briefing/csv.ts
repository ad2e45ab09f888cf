import Papa from 'papaparse';
import type { Dataset, DrawdownEvent } from '../../lib/dataset/schema';
import { figureKeys } from '../../lib/dataset/vocabulary';
import type { Stamp } from '../../lib/dataset/fingerprint';

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
export function eventsToCsv(data: Dataset, events: readonly DrawdownEvent[], stamp?: Stamp): string {
  return layersToCsv([{ data, events }], stamp);
}

/** One layer's part of a CSV export: its dataset, its events shown, and its name and file. */
export interface CsvPart {
  data: Dataset;
  events: readonly DrawdownEvent[];
  layer?: { name: string; source: string };
}

/** The events of several layers in one CSV, each row saying its layer (see eventsToCsv). */
export function layersToCsv(parts: readonly CsvPart[], stamp?: Stamp): string {
  const rows = parts.flatMap((p) => csvRows(p, stamp));
  const csv = Papa.unparse(
    { fields: [...csvColumns], data: rows },
    // Papaparse's own pattern (`^[=+\-@\t\r].*$`) misses a formula followed by a line break.
    {
      newline: '\r\n',
      escapeFormulae: FORMULA_START,
      quotes: (v: unknown) => typeof v === 'string' && /^\s|\s$/.test(v),
    },
  );
  return `${BOM}${csv}\r\n`;
}

function csvRows({ data, events, layer }: CsvPart, stamp?: Stamp) {
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
 * keep only records still present and are dropped when fewer than one remains.
 */
export function subsetDataset(data: Dataset, events: readonly DrawdownEvent[], stamp?: Stamp): Dataset {
  const ids = new Set([
    ...events.map((e) => e.id),
    ...data.bases.map((b) => b.id),
    ...data.troopLevels.map((t) => t.id),
  ]);
  return {
    ...data,
    ...(stamp ? { meta: { ...data.meta, export: stamp } } : {}),
    events: [...events],
    disputes: data.disputes
      .map((d) => ({ ...d, records: d.records.filter((r) => ids.has(r)) }))
      .filter((d) => d.records.length > 0),
  };
}
