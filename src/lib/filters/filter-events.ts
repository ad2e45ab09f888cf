import type { DatasetIndex } from '../dataset/indexes';
import { dayRange } from '../dataset/indexes';
import { matchesQuery, normalizeForSearch } from '../search/normalize';

export interface EventFilters {
  from: string | null;
  to: string | null;
  provinces: readonly string[];
  types: readonly string[];
  bases: readonly string[];
  text: string;
}

export type Facet = 'date' | 'provinces' | 'types' | 'bases' | 'text';

/**
 * Indexes of the events that pass the filters, in dataset order. An event passes the date
 * filter if any day its date can mean lies in [from, to]: "2020-03" is inside 2020-03-31…
 * `ignore` leaves out facets, for views that show the whole axis of one facet.
 */
export function filterEvents(index: DatasetIndex, f: EventFilters, ignore: readonly Facet[] = []): number[] {
  const useDate = !ignore.includes('date');
  const lo = useDate && f.from ? dayRange(f.from)[0] : -Infinity;
  const hi = useDate && f.to ? dayRange(f.to)[1] : Infinity;
  const provinces = !ignore.includes('provinces') && f.provinces.length ? new Set(f.provinces) : null;
  const types = !ignore.includes('types') && f.types.length ? new Set(f.types) : null;
  const bases = !ignore.includes('bases') && f.bases.length ? new Set(f.bases) : null;
  const q = ignore.includes('text') ? '' : normalizeForSearch(f.text);
  const out: number[] = [];
  const { events, start, end, search } = index;
  for (let i = 0; i < events.length; i++) {
    if (end[i]! < lo || start[i]! > hi) continue;
    const e = events[i]!;
    if (provinces && !(e.province && provinces.has(e.province))) continue;
    if (types && !types.has(e.type)) continue;
    if (bases && !(e.base && bases.has(e.base))) continue;
    if (q && !matchesQuery(search[i]!, q)) continue;
    out.push(i);
  }
  return out;
}
