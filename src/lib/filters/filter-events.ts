import type { DatasetIndex } from '../dataset/indexes';
import { searchText } from '../dataset/indexes';
import { dayRange } from '../dates/partial-date';
import { matchesQuery, normalizeForSearch } from '../search/normalize';

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
 */
export function filterEvents(index: DatasetIndex, f: EventFilters, ignore: readonly Facet[] = []): Rows {
  const useDate = !ignore.includes('date');
  const lo = useDate && f.from ? dayRange(f.from)[0] : -Infinity;
  const hi = useDate && f.to ? dayRange(f.to)[1] : Infinity;
  const provinces = !ignore.includes('provinces') ? mask(index.codes.province, f.provinces) : null;
  const types = !ignore.includes('types') ? mask(index.codes.type, f.types) : null;
  const bases = !ignore.includes('bases') ? mask(index.codes.base, f.bases) : null;
  const sourceTypes = !ignore.includes('sourceTypes')
    ? categoryMask(index.codes.sourceType, f.sourceTypes)
    : null;
  const q = ignore.includes('text') ? '' : normalizeForSearch(f.text);
  // The index's events are in date order: read in sequence and written into a typed array,
  // this pass takes ~25 ms over a million events, where random reads into a growing array
  // took ~150.
  const { start, end, provinceCode, typeCode, baseCode, sourceTypeCode } = index;
  const search = q ? searchText(index) : null;
  const n = start.length;
  let out = scratch.get(index);
  if (!out) scratch.set(index, (out = new Int32Array(n)));
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (end[i]! < lo || start[i]! > hi) continue;
    if (provinces && !provinces[provinceCode[i]! + 1]) continue;
    if (types && !types[typeCode[i]! + 1]) continue;
    if (bases && !bases[baseCode[i]! + 1]) continue;
    if (sourceTypes && !sourceTypes[sourceTypeCode[i]! + 1]) continue;
    if (search && !matchesQuery(search[i]!, q)) continue;
    out[m++] = i;
  }
  return out.slice(0, m);
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
