import type { Dataset, DrawdownEvent } from '../dataset/schema';
import { figureKeys } from '../dataset/constants';

const BOM = '\uFEFF';

const cell = (v: string | number | boolean | undefined): string => {
  const s = v === undefined ? '' : String(v);
  // Quote everything that could break a row; double inner quotes (RFC 4180).
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

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
] as const;

/** The events as CSV, UTF-8 with a byte-order mark so Excel shows the Arabic. */
export function eventsToCsv(data: Dataset, events: readonly DrawdownEvent[]): string {
  const bases = new Map(data.bases.map((b) => [b.id, b]));
  const lines = [csvColumns.join(',')];
  for (const e of events) {
    const p = e.province ? data.provinces[e.province] : undefined;
    const b = e.base ? bases.get(e.base) : undefined;
    const row = [
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
    ];
    lines.push(row.map(cell).join(','));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF), dropping a leading BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/**
 * The dataset cut down to the given events, in its own schema, so it loads again. Disputes
 * keep only records still present and are dropped when fewer than one remains.
 */
export function subsetDataset(data: Dataset, events: readonly DrawdownEvent[]): Dataset {
  const ids = new Set([
    ...events.map((e) => e.id),
    ...data.bases.map((b) => b.id),
    ...data.troopLevels.map((t) => t.id),
  ]);
  return {
    ...data,
    events: [...events],
    disputes: data.disputes
      .map((d) => ({ ...d, records: d.records.filter((r) => ids.has(r)) }))
      .filter((d) => d.records.length > 0),
  };
}
