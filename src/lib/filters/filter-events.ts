import type { DatasetIndex } from '../dataset/indexes';
import type { CodedFacet, Postings } from '../dataset/index-columns';
import { searchText } from '../dataset/indexes';
import { dayRange } from '../dates/partial-date';
import { firstAbove, firstAtLeast } from '../sorted';
import { concat } from '../concat';
import { normalizeForSearch } from '../search/normalize';

export interface EventFilters {
  from: string | null;
  to: string | null;
  provinces: readonly string[];
  types: readonly string[];
  bases: readonly string[];
  /** An imported file's own categories; none for the curated record. */
  sourceTypes?: readonly string[];
  text: string;
}

/** Event (or count-row) indexes passing a filter, in date order. */
export type Rows = Int32Array;

export type Facet = 'date' | 'provinces' | 'types' | 'bases' | 'sourceTypes' | 'text';

/**
 * One working buffer per index, reused: a fresh 4 MB array per filter change at a million
 * events counted as external memory and brought on collections of the whole heap.
 */
const scratch = new WeakMap<DatasetIndex, Int32Array>();

/**
 * Indexes of the events that pass the filters, in date order (ties in dataset order). An event passes the date
 * filter if any day its date can mean lies in [from, to]: "2020-03" is inside 2020-03-31…
 * `ignore` leaves out facets, for views that show the whole axis of one facet.
 *
 * Only candidates are read: the events whose dates can reach the range (found by binary
 * search, the events being in date order), and of those, when one facet's selection is
 * small, only its values' events (see postings). At a million events a governorate or a
 * six-month range reads a small part of the columns instead of all of them.
 */
export function filterEvents(index: DatasetIndex, f: EventFilters, ignore: readonly Facet[] = []): Rows {
  const { lo, hi, provinces, types, bases, sourceTypes, q } = selection(index, f, ignore);
  const { start, end, provinceCode, typeCode, baseCode, sourceTypeCode } = index;
  // Nothing to filter: every view that shows all events shares one list of them.
  if (lo === -Infinity && hi === Infinity && !provinces && !types && !bases && !sourceTypes && !q)
    return index.all;
  const matched = q ? searchMatches(index, q) : null;
  const { fileOrder } = index;
  const [a, b] = dateWindow(index, lo, hi);
  const candidates = fewest(index, a, b, [
    ['province', provinces],
    ['type', types],
    ['base', bases],
  ]);
  let out = scratch.get(index);
  if (!out) scratch.set(index, (out = new Int32Array(start.length)));
  // Every row is written and the count moves on only past a row that passes: no branch per
  // facet, which a governorate or two (about half the rows) mispredicts at random. Facets
  // without a selection pass through a mask of ones. Over a million events in Node: ~5 ms,
  // against ~9 with a branch per facet.
  const { codes } = index;
  const pm = provinces ?? every(codes.province);
  const tm = types ?? every(codes.type);
  const bm = bases ?? every(codes.base);
  const sm = sourceTypes ?? every(codes.sourceType);
  const pass = (i: number) =>
    (end[i]! < lo ? 0 : 1) &
    (start[i]! > hi ? 0 : 1) &
    pm[provinceCode[i]! + 1]! &
    tm[typeCode[i]! + 1]! &
    bm[baseCode[i]! + 1]! &
    sm[sourceTypeCode[i]! + 1]! &
    (matched ? matched[fileOrder[i]!]! : 1);
  let m = 0;
  // Read in sequence and written into a typed array: random reads into a growing array took
  // ~150 ms over a million events.
  if (candidates)
    for (let k = 0; k < candidates.length; k++) {
      const i = candidates[k]!;
      out[m] = i;
      m += pass(i);
    }
  else
    for (let i = a; i < b; i++) {
      out[m] = i;
      m += pass(i);
    }
  return out.slice(0, m);
}

/** A mask every code passes (see mask). */
const every = (codes: Map<string, number>) => new Uint8Array(codes.size + 1).fill(1);

/** What the filters select of `index`, minus the facets ignored: null for a facet, all. */
export function selection(index: DatasetIndex, f: EventFilters, ignore: readonly Facet[]) {
  const useDate = !ignore.includes('date');
  return {
    lo: useDate && f.from ? dayRange(f.from)[0] : -Infinity,
    hi: useDate && f.to ? dayRange(f.to)[1] : Infinity,
    provinces: !ignore.includes('provinces') ? mask(index.codes.province, f.provinces) : null,
    types: !ignore.includes('types') ? mask(index.codes.type, f.types) : null,
    bases: !ignore.includes('bases') ? mask(index.codes.base, f.bases) : null,
    sourceTypes: !ignore.includes('sourceTypes') ? categoryMask(index.codes.sourceType, f.sourceTypes) : null,
    q: ignore.includes('text') ? '' : normalizeForSearch(f.text),
  };
}

/**
 * Per index, the last few queries' matches (per event in file order): typing refilters often,
 * and a query found ahead of time (findSearch) is read here.
 */
const foundMatches = new WeakMap<DatasetIndex, Map<string, Uint8Array>>();
const KEEP_QUERIES = 4;
function searchMatches(index: DatasetIndex, q: string): Uint8Array {
  const found = foundOf(index);
  let matched = found.get(q);
  if (!matched) keepFound(found, q, (matched = searchText(index).matches(q)));
  return matched;
}
function foundOf(index: DatasetIndex): Map<string, Uint8Array> {
  let found = foundMatches.get(index);
  if (!found) foundMatches.set(index, (found = new Map()));
  return found;
}
function keepFound(found: Map<string, Uint8Array>, q: string, matched: Uint8Array): void {
  found.delete(q);
  found.set(q, matched);
  if (found.size > KEEP_QUERIES) found.delete(found.keys().next().value!);
}

/** Whether filtering `index` by `text` reads matches already found (or needs none). */
export function searchFound(index: DatasetIndex, text: string): boolean {
  const q = normalizeForSearch(text);
  return !q || foundOf(index).has(q);
}

/** Per index, the query being found in slices: a newer one stops it. */
const finding = new WeakMap<DatasetIndex, { q: string; done: Promise<void> }>();

/**
 * Finds `text` in `index`'s search text a slice at a time, for filterEvents to read: at a
 * million events a scan in one go held the page ~0.2 s per query typed.
 */
export function findSearch(index: DatasetIndex, text: string): Promise<void> {
  const q = normalizeForSearch(text);
  if (!q || foundOf(index).has(q)) return Promise.resolve();
  const now = finding.get(index);
  if (now?.q === q) return now.done;
  const done = searchText(index)
    .matchesInSlices(q, () => finding.get(index)?.q !== q)
    .then((matched) => {
      if (matched) keepFound(foundOf(index), q, matched);
      if (finding.get(index)?.q === q) finding.delete(index);
    });
  finding.set(index, { q, done });
  return done;
}

/**
 * The events [a, b) whose dates can reach [lo, hi]: from the first whose latest last day so
 * far reaches `lo` (every earlier one ends before it) to the last that starts by `hi`.
 */
export function dateWindow(index: DatasetIndex, lo: number, hi: number): [number, number] {
  const { start } = index;
  const n = start.length;
  let a = 0;
  if (lo > -Infinity) a = firstAtLeast(index.latestEnd, lo, 0, n);
  const b = hi < Infinity ? firstAbove(start, hi, a, n) : n;
  return [a, Math.max(a, b)];
}

/**
 * The events in [a, b) of the facet whose selection has the fewest there, in date order; or
 * null when reading the whole window is as cheap (no small selection).
 */
function fewest(
  index: DatasetIndex,
  a: number,
  b: number,
  facets: [CodedFacet, Uint8Array | null][],
): Int32Array | null {
  let best: { p: Postings; slots: number[]; size: number } | null = null;
  for (const [facet, m] of facets) {
    if (!m) continue;
    const p = index.postings[facet];
    const slots: number[] = [];
    let size = 0;
    for (let s = 0; s < m.length; s++)
      if (m[s]) {
        slots.push(s);
        size += p.offsets[s + 1]! - p.offsets[s]!;
      }
    if (!best || size < best.size) best = { p, slots, size };
  }
  // Gathering and sorting candidates costs more per event than reading the window in turn.
  if (!best || best.size * 4 > b - a) return null;
  const { p, slots } = best;
  const parts = slots.map((s) => {
    const from = firstAtLeast(p.items, a, p.offsets[s]!, p.offsets[s + 1]!);
    return p.items.subarray(from, firstAtLeast(p.items, b, from, p.offsets[s + 1]!));
  });
  if (parts.length === 1) return parts[0]!;
  return concat(parts, (n) => new Int32Array(n)).sort();
}

/**
 * The mask of a file's own categories. Categories are each layer's own: a selection from
 * another file's taxonomy (none of whose values this file has) leaves this one unfiltered
 * rather than empty.
 */
export function categoryMask(
  codes: Map<string, number>,
  selected: readonly string[] = [],
): Uint8Array | null {
  const m = mask(codes, selected);
  return m && m.some(Boolean) ? m : null;
}

/**
 * A lookup table over codes (shifted by one so "none" is slot 0 and never matches), or null
 * when the facet has no selection and lets everything through.
 */
export function mask(codes: Map<string, number>, selected: readonly string[]): Uint8Array | null {
  if (!selected.length) return null;
  const m = new Uint8Array(codes.size + 1);
  for (const v of selected) {
    const c = codes.get(v);
    if (c !== undefined) m[c + 1] = 1;
  }
  return m;
}
