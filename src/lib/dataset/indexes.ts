import type { Base, Bilingual, Dataset, Dispute, DrawdownEvent, Moment } from './schema';
import { normalizeForSearch } from '../search/normalize';
import { SearchText } from '../search/search-text';
import { ArrayEvents, ReorderedEvents, type EventList } from './event-store';
import { findSlot, idHash } from './event-columns';
import { ColumnsBuilder, type IndexColumns } from './index-columns';

/**
 * Everything the filters and aggregations read: every event's columns (see IndexColumns and
 * ChunkColumns) in date order, its events, and lookups.
 */
export interface DatasetIndex extends Omit<IndexColumns, 'idHash' | 'idTable' | 'place'> {
  /** In date order, like every column here (see fileOrder). */
  events: EventList;
  /** Per event, in file order: folded text of titles, summaries, places and quotes, for
   * search (from the worker, or built on the first search: null until then). Read via
   * searchText(). */
  search: SearchText | null;
  eventById: EventLookup;
  baseById: Map<string, Base>;
  provinces: Dataset['provinces'];
  /** Record id → the disputes that name it, in file order. */
  disputesByRecord: Map<string, Dispute[]>;
}

/** An event's date by its id; undefined where the dataset holds no such event. */
export function dateById(
  index: Pick<DatasetIndex, 'eventById' | 'events'>,
): (id: string) => string | undefined {
  return (id) => {
    const at = index.eventById.get(id);
    return at === undefined ? undefined : index.events.get(at).date;
  };
}

/**
 * A dataset's key moments, each with its date: its event's (`dateOf`), else the one it
 * carries. An import keeps the curated record's moments this way, as it keeps its troop
 * levels: the file holds none of their events; so does an export that leaves an event out.
 * A moment with neither is left out.
 */
export function datedMoments(
  moments: readonly Moment[] | undefined,
  dateOf: (id: string) => string | undefined,
): (Moment & { date: string })[] {
  return (moments ?? []).flatMap((m) => {
    const date = dateOf(m.event) ?? m.date;
    return date ? [{ ...m, date }] : [];
  });
}

/**
 * What an event's search text is folded from: its titles, summaries and quotes and its base's
 * and governorate's names, each once (an import's Arabic summary is its English one).
 */
export function searchSource(
  e: DrawdownEvent,
  baseById: ReadonlyMap<string, Base>,
  provinces: Dataset['provinces'],
): string {
  const base = e.base ? baseById.get(e.base) : undefined;
  const prov = e.province ? provinces[e.province] : undefined;
  const parts: string[] = [];
  for (const s of [e.title.en, e.title.ar, e.summary.en, e.summary.ar, base?.name.en, base?.name.ar])
    if (s && !parts.includes(s)) parts.push(s);
  for (const s of [prov?.name.en, prov?.name.ar]) if (s) parts.push(s);
  for (const q of e.evidence) parts.push(q.quote);
  return parts.join(' ');
}

/** The folded search text of every event; the costliest part of indexing a large file. */
export function searchStrings(
  events: readonly DrawdownEvent[],
  baseById: ReadonlyMap<string, Base>,
  provinces: Dataset['provinces'],
): string[] {
  return events.map((e) => normalizeForSearch(searchSource(e, baseById, provinces)));
}

/** The index's search text, built here from its events if the worker has not sent it. */
export function searchText(index: DatasetIndex): SearchText {
  if (index.search) return index.search;
  const { events, baseById, provinces, fileOrder } = index;
  // In file order, as a worker sends it: the file's event f is event at[f] here.
  const at = new Int32Array(fileOrder.length);
  for (let i = 0; i < fileOrder.length; i++) at[fileOrder[i]!] = i;
  const texts = Array.from(at, (i) => normalizeForSearch(searchSource(events.get(i), baseById, provinces)));
  return (index.search = SearchText.of(texts));
}

/**
 * An event's place in the index by its id: its place in the file, found through a hash table
 * of the ids' hashes (see idTable, built with the columns), then where it went in date order.
 * A Map of a million id strings took ~1 s to build on the page; here only the ids whose hash
 * matches are read, without making their events.
 */
export class EventLookup {
  constructor(
    private readonly inFile: EventList,
    /** Per event in file order, idHash of its id. */
    private readonly hashes: Int32Array,
    private readonly table: Int32Array,
    private readonly place: Int32Array | null,
  ) {}

  private inFileOf(id: string): number | undefined {
    const h = idHash(id);
    const f = findSlot(this.table, h, (f) => this.hashes[f] === h && this.inFile.id(f) === id);
    return f < 0 ? undefined : f;
  }

  get(id: string): number | undefined {
    const f = this.inFileOf(id);
    return f === undefined || !this.place ? f : this.place[f];
  }

  has(id: string): boolean {
    return this.inFileOf(id) !== undefined;
  }
}

/**
 * The index of a dataset whose events are `inFile` (in file order) and whose columns are
 * `columns`: for a file, the parsing worker's, so the page does no more than this.
 */
export function assembleIndex(
  inFile: EventList,
  columns: IndexColumns,
  data: Omit<Dataset, 'events'>,
  search: string[] | null = null,
): DatasetIndex {
  const { idHash, idTable, place, ...cols } = columns;
  // Appended in place: copying a list per dispute made 40,000 disputes on one record quadratic.
  const disputesByRecord = new Map<string, Dispute[]>();
  for (const d of data.disputes)
    for (const r of d.records) {
      const list = disputesByRecord.get(r);
      if (list) list.push(d);
      else disputesByRecord.set(r, [d]);
    }
  return {
    ...cols,
    events: place ? new ReorderedEvents(inFile, cols.fileOrder) : inFile,
    search: search && SearchText.of(search),
    provinces: data.provinces,
    eventById: new EventLookup(inFile, idHash, idTable, place),
    baseById: new Map(data.bases.map((b) => [b.id, b])),
    disputesByRecord,
  };
}

/** Builds, once per dataset, everything the filters and aggregations need. */
export function buildIndex(data: Dataset, search: string[] | null = null): DatasetIndex {
  const builder = new ColumnsBuilder(data.bases);
  builder.add(data.events);
  return assembleIndex(new ArrayEvents(data.events), builder.finish(), data, search);
}

/** An imported file's own categories, by the value the filter uses, with both languages' names. */
export function sourceTypesOf(index: DatasetIndex): Map<string, Bilingual> {
  return new Map(
    index.sourceTypeNames.map((t) => [t.en, t] as const).sort((a, b) => a[0].localeCompare(b[0])),
  );
}
