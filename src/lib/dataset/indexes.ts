import type { Base, Dataset, DrawdownEvent } from './schema';
import { normalizeForSearch } from '../search/normalize';

const DAY = 86_400_000;

/** First and last day (days since 1970-01-01, UTC) that a partial date can mean. */
export function dayRange(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y, 11, 31) / DAY];
  if (d === undefined) return [Date.UTC(y, m - 1, 1) / DAY, Date.UTC(y, m, 0) / DAY];
  const t = Date.UTC(y, m - 1, d) / DAY;
  return [t, t];
}

export const dayToIso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
export const isoToDay = (iso: string): number => dayRange(iso)[0];

export interface DatasetIndex {
  events: DrawdownEvent[];
  /** Per event: first and last day its date can mean. */
  start: Float64Array;
  end: Float64Array;
  /** Per event: folded text of titles, summaries, places and quotes, for search. Built after
   * the rest (in the worker, or on the first search): null until then. Read via searchText(). */
  search: string[] | null;
  eventById: Map<string, number>;
  baseById: Map<string, Base>;
  provinces: Dataset['provinces'];
  /** Record id → dispute ids that name it. */
  disputesByRecord: Map<string, string[]>;
  /** Per event: small integer codes for governorate, type and base (-1 for none), so the
   * filters compare numbers instead of strings. `codes` maps each value to its code. */
  provinceCode: Int16Array;
  typeCode: Int16Array;
  baseCode: Int16Array;
  codes: { province: Map<string, number>; type: Map<string, number>; base: Map<string, number> };
  /** Event indexes in date order (ties in dataset order): filters walk this, so their
   * results come out sorted by date with no sort. */
  byDate: Int32Array;
  /** Per event: year * 12 + month (0-based), or -1 for a year-only date. */
  month: Int32Array;
  /** Per attack event: attacks it counts (1 when not given), rockets (-1 when unknown); 0 and -1 otherwise. */
  attacks: Int32Array;
  rockets: Int32Array;
  /** First and last day any event can mean. */
  minDay: number;
  maxDay: number;
}

/** The per-event arrays that cost most to build; made in the parsing worker. */
export interface Precomputed {
  start: Float64Array;
  end: Float64Array;
  search?: string[];
}

export function precompute(data: Dataset, withSearch = true): Precomputed {
  const n = data.events.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  data.events.forEach((e, i) => {
    const [s, t] = dayRange(e.date);
    start[i] = s;
    end[i] = t;
  });
  const bases = new Map(data.bases.map((b) => [b.id, b]));
  return withSearch
    ? { start, end, search: searchStrings(data.events, bases, data.provinces) }
    : { start, end };
}

/** The folded search text of every event; the costliest part of indexing a large file. */
export function searchStrings(
  events: readonly DrawdownEvent[],
  baseById: ReadonlyMap<string, Base>,
  provinces: Dataset['provinces'],
): string[] {
  return events.map((e) => {
    const base = e.base ? baseById.get(e.base) : undefined;
    const prov = e.province ? provinces[e.province] : undefined;
    return normalizeForSearch(
      [
        e.title.en,
        e.title.ar,
        e.summary.en,
        e.summary.ar,
        base?.name.en,
        base?.name.ar,
        prov?.name.en,
        prov?.name.ar,
        ...e.evidence.map((q) => q.quote),
      ]
        .filter(Boolean)
        .join(' '),
    );
  });
}

/** The index's search strings, built here if they have not arrived from the worker yet. */
export function searchText(index: DatasetIndex): string[] {
  index.search ??= searchStrings(index.events, index.baseById, index.provinces);
  return index.search;
}

/** Builds, once per dataset, everything the filters and aggregations need. */
export function buildIndex(data: Dataset, pre: Precomputed = precompute(data)): DatasetIndex {
  const { start, end } = pre;
  const eventById = new Map<string, number>();
  data.events.forEach((e, i) => eventById.set(e.id, i));
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < start.length; i++) {
    if (start[i]! < minDay) minDay = start[i]!;
    if (end[i]! > maxDay) maxDay = end[i]!;
  }
  const disputesByRecord = new Map<string, string[]>();
  for (const d of data.disputes)
    for (const r of d.records) disputesByRecord.set(r, [...(disputesByRecord.get(r) ?? []), d.id]);
  const n = data.events.length;
  const codes = {
    province: new Map<string, number>(),
    type: new Map<string, number>(),
    base: new Map<string, number>(),
  };
  const code = (m: Map<string, number>, v: string | undefined) => {
    if (v === undefined) return -1;
    let c = m.get(v);
    if (c === undefined) m.set(v, (c = m.size));
    return c;
  };
  const provinceCode = new Int16Array(n);
  const typeCode = new Int16Array(n);
  const baseCode = new Int16Array(n);
  const month = new Int32Array(n);
  const attacks = new Int32Array(n);
  const rockets = new Int32Array(n).fill(-1);
  data.events.forEach((e, i) => {
    provinceCode[i] = code(codes.province, e.province);
    typeCode[i] = code(codes.type, e.type);
    baseCode[i] = code(codes.base, e.base);
    month[i] = e.date.length >= 7 ? Number(e.date.slice(0, 4)) * 12 + Number(e.date.slice(5, 7)) - 1 : -1;
    if (e.type === 'attack') {
      attacks[i] = e.figures?.attacks ?? 1;
      rockets[i] = e.figures?.rockets ?? -1;
    }
  });
  return {
    events: data.events,
    provinceCode,
    typeCode,
    baseCode,
    codes,
    month,
    attacks,
    rockets,
    byDate: Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => start[a]! - start[b]! || a - b),
    start,
    end,
    search: pre.search ?? null,
    provinces: data.provinces,
    eventById,
    baseById: new Map(data.bases.map((b) => [b.id, b])),
    disputesByRecord,
    minDay: n ? minDay : 0,
    maxDay: n ? maxDay : 0,
  };
}
