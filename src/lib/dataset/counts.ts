/**
 * A count layer: ACLED's weekly aggregates (one row per week × admin1 × sub-event type), kept
 * as counts. They are never turned into events: each view sums them, and says they are counts.
 * Columnar (typed arrays and string tables) so 50,000 weeks filter as numbers.
 */
import { dayRange, monthOfDay } from '../dates/partial-date';
import { matchesQuery, normalizeForSearch } from '../search/normalize';
import { categoryMask, mask, type EventFilters, type Facet, type Rows } from '../filters/filter-events';

export interface CountTable {
  /** The file, as each row's provenance names it, and how it was read. */
  file: string;
  rowsRead: number;
  outsideIraq: number;
  /** Per row: first day of the week (ACLED's weeks start on a Saturday); the week is 7 days. */
  week: Int32Array;
  /** Per row: codes into `provinces`, `types` (Drawdown's) and `sourceTypes` (ACLED's own). */
  province: Int32Array;
  type: Int32Array;
  sourceType: Int32Array;
  events: Int32Array;
  /** NO_FIGURE where the row's cell is blank: a file that gives none is not a file that gives 0. */
  fatalities: Int32Array;
  /** Per row: its row number in the file and ACLED's ID, for provenance. */
  row: Int32Array;
  id: string[];
  /** ADMIN1 as the file gives it. */
  admin1: string[];
  provinces: string[];
  types: string[];
  /** "Event type › Sub-event type", in English (the filter value) and Arabic. */
  sourceTypes: { en: string; ar: string }[];
}

/** A count table's figure the file leaves blank. */
export const NO_FIGURE = -1;

/** The days a week row can mean. */
export const WEEK_DAYS = 7;

/**
 * Rows of the table passing the shared filters. A week passes the date filter if any of its
 * days lies in [from, to], as an event with a week's precision does. Counts have no base:
 * a base filter leaves none of them (the views say so). Text matches ADMIN1, the categories
 * and ACLED's ID.
 */
export function filterCounts(t: CountTable, f: EventFilters, ignore: readonly Facet[] = []): Rows {
  const useDate = !ignore.includes('date');
  const lo = useDate && f.from ? dayRange(f.from)[0] : -Infinity;
  const hi = useDate && f.to ? dayRange(f.to)[1] : Infinity;
  if (!ignore.includes('bases') && f.bases.length) return new Int32Array(0);
  const c = codesOf(t);
  const provinces = ignore.includes('provinces') ? null : mask(c.province, f.provinces);
  const types = ignore.includes('types') ? null : mask(c.type, f.types);
  const sourceTypes = ignore.includes('sourceTypes') ? null : categoryMask(c.sourceType, f.sourceTypes);
  const q = ignore.includes('text') ? '' : normalizeForSearch(f.text);
  const out = new Int32Array(t.week.length);
  let m = 0;
  for (let i = 0; i < t.week.length; i++) {
    const w = t.week[i]!;
    if (w + WEEK_DAYS - 1 < lo || w > hi) continue;
    // The shared masks are shifted by one (slot 0 is "none", which count rows never are).
    if (provinces && !provinces[t.province[i]! + 1]) continue;
    if (types && !types[t.type[i]! + 1]) continue;
    if (sourceTypes && !sourceTypes[t.sourceType[i]! + 1]) continue;
    if (q && !matchesQuery(searchOf(t, i), q)) continue;
    out[m++] = i;
  }
  return out.slice(0, m);
}

const searchOf = (t: CountTable, i: number) =>
  normalizeForSearch(
    `${t.admin1[i]} ${t.provinces[t.province[i]!]} ${t.sourceTypes[t.sourceType[i]!]!.en} ${t.sourceTypes[t.sourceType[i]!]!.ar} ${t.id[i]}`,
  );

/** The table's string tables as code maps, the shape the shared filter masks take; built once. */
const codeCache = new WeakMap<CountTable, Record<'province' | 'type' | 'sourceType', Map<string, number>>>();
function codesOf(t: CountTable) {
  let c = codeCache.get(t);
  if (!c) {
    const codes = (values: readonly string[]) => new Map(values.map((v, i) => [v, i]));
    c = {
      province: codes(t.provinces),
      type: codes(t.types),
      sourceType: codes(t.sourceTypes.map((s) => s.en)),
    };
    codeCache.set(t, c);
  }
  return c;
}

export interface MonthCounts {
  /** Events of weeks that lie wholly in the month. */
  certain: number;
  /** Events of weeks that straddle the month's start or end: possibly in this month, counted
   * in both months they touch, never as certain (the chart draws them as a band). */
  possible: number;
}

/**
 * Events per month, by month index (year × 12 + month). A week wholly inside a month counts
 * there; a week across a month's end counts as possible in both months. Not split by days:
 * ACLED does not say on which day of the week its events fell.
 */
export function monthlyCounts(t: CountTable, rows: Rows): Map<number, MonthCounts> {
  const out = new Map<number, MonthCounts>();
  const at = (m: number) => {
    let c = out.get(m);
    if (!c) out.set(m, (c = { certain: 0, possible: 0 }));
    return c;
  };
  const { week, events } = t;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const a = monthOfDay(week[i]!);
    const b = monthOfDay(week[i]! + WEEK_DAYS - 1);
    if (a === b) at(a).certain += events[i]!;
    else {
      at(a).possible += events[i]!;
      at(b).possible += events[i]!;
    }
  }
  return out;
}

/** Events per governorate code. */
export function countsByProvince(t: CountTable, rows: Rows): Map<string, number> {
  const sums = new Float64Array(t.provinces.length);
  const { province, events } = t;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    sums[province[i]!]! += events[i]!;
  }
  const out = new Map<string, number>();
  t.provinces.forEach((p, c) => {
    if (sums[c]) out.set(p, sums[c]!);
  });
  return out;
}

/** The sum of the events column over rows. */
export function totalEvents(t: CountTable, rows: Rows): number {
  let n = 0;
  const { events } = t;
  for (let k = 0; k < rows.length; k++) n += events[rows[k]!]!;
  return n;
}

/** First and last day the table's weeks cover. */
export function countSpan(t: CountTable): [number, number] | null {
  if (!t.week.length) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const w of t.week) {
    if (w < lo) lo = w;
    if (w > hi) hi = w;
  }
  return [lo, hi + WEEK_DAYS - 1];
}
