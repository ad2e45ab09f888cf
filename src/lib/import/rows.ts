/**
 * One row of a UCDP GED or ACLED export into a Drawdown event that keeps its origin, or a
 * reason to set it aside. Nothing is guessed: a date keeps the precision the source states,
 * a place the precision it gives, a figure the range it gives.
 */
import distance from '@turf/distance';
import type { Base, DrawdownEvent, ImportFormat, Origin, PlacePrecision } from '../dataset/schema';
import { isPlausibleDate } from '../dates/partial-date';
import { classifyAcled, classifyUcdp, type Classified } from './taxonomy';
import { orderUnsettled, readDay, weekAround, type DayOrder } from './dates';
import type { GovernorateMatcher } from './governorates';
import type { RowProblem, RowReason } from './row-problem';

export interface RowContext {
  format: ImportFormat;
  file: string;
  columns: Map<string, number>;
  governorates: GovernorateMatcher;
  bases: readonly Base[];
  /** A remote-violence event this close to a base (km) counts as an attack on it. */
  radiusKm: number;
  /** Ids given so far, to keep them unique; null when that is done later (see ChunkOrder). */
  ids: Set<string> | null;
  /** The order of day and month in the file's numeric dates, when it is known. */
  dayOrder: DayOrder | null;
  /** Commas may group a count's thousands: the file is separated by commas (see countCell). */
  commaGroups: boolean;
}

export type RowResult =
  { event: DrawdownEvent } | { problem: Omit<RowProblem, 'row' | 'id'>; outsideIraq?: boolean };

const MAX_CELL = 20_000;
const cell = (ctx: RowContext, row: readonly string[], name: string): string => {
  const i = ctx.columns.get(name);
  const v = i === undefined ? '' : (row[i] ?? '');
  return v.length > MAX_CELL ? v.slice(0, MAX_CELL) : v;
};
const number = (s: string): number | undefined => {
  const t = s.trim();
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
};
/**
 * A latitude or longitude, its decimals after a point or, as a spreadsheet in much of Europe
 * saves them, a comma (`33,79`): a coordinate has no thousands to separate.
 */
export const coordinate = (s: string): number | undefined =>
  number(s.replace(/^(\s*-?\d{1,3}),(\d+\s*)$/, '$1.$2'));
const COUNT = /^\d[\d,]*(?:\.\d+)?$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.0+)?$/;
/**
 * A count as a cell gives it: undefined when blank (no figure), NaN when it is not a whole
 * number of zero or more, so that its row is set aside saying so instead of read as having no
 * figure. A float column written out by pandas gives "3.0". A spreadsheet's number format
 * groups thousands ("1,234"): read where commas separate the file's cells (`commaGroups`), as
 * Excel saves where the decimal mark is a point; in a file separated by semicolons, as Excel
 * saves where the decimal mark is a comma, "1,234" is 1.234, not a count.
 */
export function countCell(s: string, commaGroups: boolean): number | undefined {
  const t = s.trim();
  if (!t) return undefined;
  if (!COUNT.test(t)) return NaN;
  const n = Number(commaGroups && THOUSANDS.test(t) ? t.replaceAll(',', '') : t);
  return Number.isInteger(n) ? n : NaN;
}
/** A row's count cells read, or the first that is not a count, with its column and text. */
function readCounts<K extends string>(
  ctx: RowContext,
  get: (name: string) => string,
  fields: readonly K[],
): { counts: Partial<Record<K, number>>; bad?: Omit<RowProblem, 'row' | 'id' | 'reason'> } {
  const counts: Partial<Record<K, number>> = {};
  for (const field of fields) {
    const n = countCell(get(field), ctx.commaGroups);
    if (Number.isNaN(n)) return { counts, bad: { field, value: get(field).trim().slice(0, 40) } };
    if (n !== undefined) counts[field] = n;
  }
  return { counts };
}
const fail = (field: string, reason: RowReason, value = ''): RowResult => ({
  problem: { field, reason, value },
});

/** A date cell not read as a day (see orderUnsettled). */
const notADay = (ctx: RowContext, field: string, value: string): RowResult =>
  fail(field, orderUnsettled(value, ctx.dayOrder) ? 'dayOrderUnknown' : 'notADate', value.slice(0, 40));

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * A row that ran on past its line: a quote that does not close on its line makes papaparse
 * read on, line after line, to the next quote or to the end of the file, every row on the
 * way in one cell. Shown, the row's note held those rows and they were gone without a word.
 * Such a cell holds a line break, and either the row's cells no longer match the header's
 * (the quote never closed), or a line in it holds a whole row's delimiters (it closed in a
 * later row). A note written over several lines has neither. papaparse says when it met a
 * quote out of place in a row (MissingQuotes, InvalidQuotes): only those rows come here.
 */
export function ranOn(
  ctx: RowContext,
  row: readonly string[],
  width: number,
  delimiter: string,
): RowResult | null {
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (!LINE_BREAK.test(c)) continue;
    const lines = c.split(LINE_BREAK);
    const holdsRow = lines.some((l, k) => k > 0 && l.split(delimiter).length >= width);
    if (row.length === width && !holdsRow) continue;
    const name = [...ctx.columns].find(([, k]) => k === i)?.[0] ?? String(i + 1);
    return fail(name, 'unclosedQuote', lines[0]!.slice(0, 40));
  }
  return null;
}

const UCDP_PLACE: Record<string, PlacePrecision> = {
  '1': 'exact',
  '2': 'near',
  '3': 'district',
  '4': 'governorate',
  '5': 'governorate',
  '6': 'country',
  '7': 'country',
};
const ACLED_PLACE: Record<string, PlacePrecision> = { '1': 'exact', '2': 'near', '3': 'governorate' };
const UCDP_DATE: Record<string, Origin['datePrecision']> = {
  '1': 'day',
  '2': 'week',
  '3': 'week',
  '4': 'month',
  '5': 'year',
};

const PLAIN_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** An id as letters, digits and single hyphens. Most are so already (ACLED's "IRQ1234",
 * UCDP's numbers): those skip the replacing, which ran on every row of a large export. */
const slug = (s: string) => {
  const lower = s.toLowerCase();
  if (PLAIN_ID.test(lower)) return lower.slice(0, 80);
  return lower
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
};

/** A Drawdown id from the source's, before ties: lower-case, the row number when it has none. */
const baseId = (format: ImportFormat, original: string, row: number): string =>
  `${format === 'acled' ? 'acled' : 'ucdp'}-${slug(original) || `row-${row}`}`;

/** The id a row whose id an earlier row has takes: its row number breaks the tie. */
export const tieId = (base: string, row: number) => `${base}-r${row}`;

/**
 * `base` made unique among `ids` (the ids of the file's rows before this one, to which it is
 * added): a tie takes the row number.
 */
export function uniqueOf(base: string, row: number, ids: Set<string>): string {
  const id = ids.has(base) ? tieId(base, row) : base;
  ids.add(id);
  return id;
}

interface Place {
  text: string;
  admin1: string;
  country: string;
  lat: string;
  lon: string;
  precision: PlacePrecision | undefined;
}

/** The governorate and the base a place points to, or why it cannot be placed. */
function locate(ctx: RowContext, p: Place, c: Classified) {
  if (p.country.trim() && p.country.trim().toLowerCase() !== 'iraq')
    return { outside: p.country.trim().slice(0, 60) };
  const lat = coordinate(p.lat);
  const lon = coordinate(p.lon);
  const point = lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  const precise = p.precision !== undefined && p.precision !== 'country';
  let province = ctx.governorates.byName(p.admin1);
  let by: Origin['place']['governorateBy'] = province ? 'name' : 'none';
  if (!province && point && precise) {
    province = ctx.governorates.byPoint(lat, lon);
    if (province) by = 'point';
  }
  let base: Base | undefined;
  // A strike by the US is not an attack on a coalition base, however near it falls.
  if (c.remote && c.type !== 'strike' && point && (p.precision === 'exact' || p.precision === 'near')) {
    let best = Infinity;
    for (const b of ctx.bases) {
      const km = distance([lon, lat], [b.lon, b.lat], { units: 'kilometers' });
      if (km <= ctx.radiusKm && km < best) [best, base] = [km, b];
    }
  }
  return {
    province: base?.province ?? province,
    base,
    by: base && !province ? ('point' as const) : by,
    lat: point ? lat : undefined,
    lon: point ? lon : undefined,
  };
}

function build(
  ctx: RowContext,
  rowNumber: number,
  original: string,
  date: string,
  dateGiven: string,
  datePrecision: Origin['datePrecision'],
  place: Place,
  c: Classified,
  figures: { fatalities: Origin['fatalities']; bad?: { field: string; value: string } },
  summary: string,
  sourceText: Origin['sourceText'],
): RowResult {
  if (!place.precision) return fail('precision', 'noPlacePrecision');
  if (!isPlausibleDate(date)) return fail('date', 'implausibleDate', dateGiven);
  const where = locate(ctx, place, c);
  if ('outside' in where) return { ...fail('country', 'outsideIraq', where.outside), outsideIraq: true };
  // A figure the file gives and this cannot read: shown as no figure, it would read as none given.
  if (figures.bad) return fail(figures.bad.field, 'notACount', figures.bad.value);
  const { fatalities } = figures;
  const type = where.base ? 'attack' : c.type;
  const placeName = place.text.trim() || place.admin1.trim();
  const short = (l: 'en' | 'ar') => c.sourceType[l].split(' › ').pop()!;
  const id = baseId(ctx.format, original, rowNumber);
  const event: DrawdownEvent = {
    id: ctx.ids ? uniqueOf(id, rowNumber, ctx.ids) : id,
    date,
    dateInferred: false,
    type,
    ...(where.province ? { province: where.province } : {}),
    ...(where.base ? { base: where.base.id } : {}),
    title: {
      en: placeName ? `${short('en')} – ${placeName}` : short('en'),
      ar: placeName ? `${short('ar')} – ${placeName}` : short('ar'),
    },
    summary: { en: summary || placeName || short('en'), ar: summary || placeName || short('ar') },
    ...(fatalities || type === 'attack'
      ? {
          figures: {
            ...(fatalities ? { killed: fatalities.best } : {}),
            ...(type === 'attack' ? { attacks: 1 } : {}),
          },
        }
      : {}),
    evidence: [],
    origin: {
      format: ctx.format,
      file: ctx.file,
      row: rowNumber,
      id: original,
      sourceType: c.sourceType,
      dateGiven,
      datePrecision,
      place: {
        text: placeName,
        admin1: place.admin1.trim(),
        ...(where.lat !== undefined ? { lat: where.lat, lon: where.lon } : {}),
        precision: place.precision,
        governorateBy: where.by,
      },
      ...(fatalities ? { fatalities } : {}),
      sourceText: sourceText.filter((s) => s.text.trim()),
    },
  };
  return { event };
}

/** One UCDP GED row. `rowNumber` counts the file's rows, the header being row 1. */
export function ucdpRow(ctx: RowContext, row: readonly string[], rowNumber: number): RowResult {
  const get = (n: string) => cell(ctx, row, n);
  const id = get('id').trim();
  const start = readDay(get('date_start'), ctx.dayOrder);
  const end = readDay(get('date_end'), ctx.dayOrder);
  if (!start) return notADay(ctx, 'date_start', get('date_start'));
  if (!end) return notADay(ctx, 'date_end', get('date_end'));
  if (end < start) return fail('date_end', 'endsBeforeStart', `${start} – ${end}`);
  const prec = get('date_prec').trim();
  const { counts, bad } = readCounts(ctx, get, ['best', 'low', 'high']);
  const { best, low, high } = counts;
  const c = classifyUcdp(get('type_of_violence'));
  return build(
    ctx,
    rowNumber,
    id,
    start === end ? start : `${start}/${end}`,
    `${get('date_start').trim()} – ${get('date_end').trim()} (date_prec ${prec || '?'})`,
    start === end ? 'day' : (UCDP_DATE[prec] ?? 'range'),
    {
      text: get('where_coordinates') || get('adm_2') || get('adm_1'),
      admin1: get('adm_1'),
      country: get('country'),
      lat: get('latitude'),
      lon: get('longitude'),
      precision: UCDP_PLACE[get('where_prec').trim()],
    },
    c,
    {
      fatalities:
        best !== undefined
          ? { best, ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) }
          : undefined,
      bad,
    },
    get('source_headline').trim(),
    [
      { label: 'source_article', text: get('source_article') },
      { label: 'source_headline', text: get('source_headline') },
      { label: 'source_office', text: get('source_office') },
      { label: 'source_date', text: get('source_date') },
      { label: 'source_original', text: get('source_original') },
      { label: 'where_description', text: get('where_description') },
    ],
  );
}

/** One ACLED event row (2022+ layout, older upper-case layout, or 2024+ text inter codes). */
export function acledRow(ctx: RowContext, row: readonly string[], rowNumber: number): RowResult {
  const get = (n: string) => cell(ctx, row, n);
  const id = get('event_id_cnty').trim();
  const day = readDay(get('event_date'), ctx.dayOrder);
  if (!day) return notADay(ctx, 'event_date', get('event_date'));
  const tp = get('time_precision').trim();
  const date = tp === '3' ? day.slice(0, 7) : tp === '2' ? weekAround(day) : day;
  const { counts, bad } = readCounts(ctx, get, ['fatalities']);
  const { fatalities } = counts;
  const c = classifyAcled(get('event_type'), get('sub_event_type'), get('actor1'));
  const notes = get('notes').trim();
  return build(
    ctx,
    rowNumber,
    id,
    date,
    `${get('event_date').trim()} (time_precision ${tp || '?'})`,
    tp === '3' ? 'month' : tp === '2' ? 'week' : 'day',
    {
      text: get('location'),
      admin1: get('admin1'),
      country: get('country'),
      lat: get('latitude'),
      lon: get('longitude'),
      precision: ACLED_PLACE[get('geo_precision').trim()],
    },
    c,
    { fatalities: fatalities !== undefined ? { best: fatalities } : undefined, bad },
    notes,
    [
      { label: 'source', text: get('source') },
      { label: 'notes', text: notes },
    ],
  );
}
