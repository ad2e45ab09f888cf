import type { Rows } from './filter-events';
import type { DatasetIndex } from '../dataset/indexes';
import type { FigureKey } from '../dataset/schema';
import type { Lang } from '../i18n/languages';
import { firstAtLeast, sortInSteps } from '../sorted';
import { figureKeys } from '../dataset/vocabulary';
import { atOnce, inSlices, SLICED_ABOVE } from '../next-task';

export type SortKey = 'date' | 'type' | 'governorate' | 'base' | 'title' | 'layer' | FigureKey;
type CodeKey = 'type' | 'governorate' | 'base';
/** A categorical cell's label, from its value (a type, a governorate or a base id). */
export type CodeLabel = (key: CodeKey, value: string, source: number) => string;
const FACET = { type: 'type', governorate: 'province', base: 'base' } as const;

/** Rows of one layer: its index and its filtered rows, in date order (as filterEvents gives them). */
export interface RowSource {
  index: DatasetIndex;
  rows: Rows;
}

/**
 * A table row across layers as one number: the layer's place among the sources (at most 16)
 * above the event's index in its layer (below 2^27: a file of 400 MB holds far fewer rows), so
 * 100,000 rows sort as numbers, not objects. A first layer's rows are their own numbers.
 */
export const MAX_SOURCES = 16;
const EVENT_BITS = 27;
const EVENT_MASK = (1 << EVENT_BITS) - 1;
export const encodeRow = (i: number, source: number): number => (source << EVENT_BITS) | i;
export const rowSource = (r: number): number => r >>> EVENT_BITS;
export const rowEvent = (r: number): number => r & EVENT_MASK;

/**
 * Sorts the rows of one or more layers by one column. Each row gets the rank of its value
 * among the column's distinct values (a label per code for categorical columns, a title per
 * distinct title, a number per distinct figure), read from columns and the packed events
 * without making an event; the rows then sort as numbers, natively. Ties keep date order,
 * then layer order, so the result is stable and useful; rows without a value go last
 * whichever the direction (an empty cell is not "A" or 0).
 *
 * At 100,000 rows a comparator that made each event took ~1 s (title) and ~1.6 s (a figure);
 * at a million, tens of seconds.
 *
 * One layer by date, oldest first, is its rows as given, not a copy: the result is read only.
 */
export function sortRows(
  sources: readonly RowSource[],
  key: SortKey,
  desc: boolean,
  label: CodeLabel,
  lang: Lang,
  locale: string,
): Int32Array {
  // The table's first order, which filterEvents gives already. A copy was 4 MB and ~4 ms of
  // every filter change at a million rows (profiled), and garbage after it.
  if (sources.length === 1 && key === 'date' && !desc) return sources[0]!.rows;
  // Typed: at a million rows, a plain array of them cost ~100 ms to build on every filter change.
  const out = new Int32Array(sources.reduce((n, s) => n + s.rows.length, 0));
  let at = 0;
  sources.forEach((s, k) => {
    // The first layer's rows copied natively: at a million, the loop took ~40 ms of a render.
    if (k === 0) out.set(s.rows);
    else for (let p = 0; p < s.rows.length; p++) out[at + p] = encodeRow(s.rows[p]!, k);
    at += s.rows.length;
  });
  // One layer's rows come from filterEvents already in date order.
  if (sources.length > 1) byDateAcross(out, sources);
  if (key === 'date') return desc ? out.reverse() : out;
  const collator = collatorFor(locale);
  if (key === 'layer') return byRank(out, desc, sources.length, rowSource);
  if (key === 'title') {
    const columns = sources.map((s) => titleColumn(s.index, lang));
    // One layer: its titles ranked once per language. Several: their titles ranked together.
    const ranks =
      columns.length === 1 ? [atOnce(titleRanks(columns[0]!, locale))] : rankAcross(columns, collator);
    let count = 0;
    for (const r of ranks) for (const v of r) count = Math.max(count, v + 1);
    return byRank(out, desc, count, (r) => {
      const k = rowSource(r);
      return ranks[k]![columns[k]!.code[rowEvent(r)]!]!;
    });
  }
  if (key === 'type' || key === 'governorate' || key === 'base') {
    // Through the code columns: a label per distinct value, not per row.
    const facet = FACET[key];
    const labels = sources.map((s, k) => Array.from(s.index.codes[facet].keys(), (v) => label(key, v, k)));
    const sorted = [...new Set(labels.flat().filter(Boolean))].sort(collator.compare);
    const rankOf = new Map(sorted.map((l, r) => [l, r]));
    // Per layer, per code, its label's rank (-1: no label).
    const ranks = labels.map((ls) => Int32Array.from(ls, (l) => (l ? rankOf.get(l)! : -1)));
    const column = sources.map((s) => s.index[`${facet}Code`]);
    return byRank(out, desc, sorted.length, (r) => {
      const code = column[rowSource(r)]![rowEvent(r)]!;
      return code < 0 ? -1 : ranks[rowSource(r)]![code]!;
    });
  }
  const columns = sources.map((s) => figureColumn(s.index, key));
  const values = new Float64Array(out.length);
  let small = true;
  let max = 0;
  for (let p = 0; p < out.length; p++) {
    const v = (values[p] = columns[rowSource(out[p]!)]![rowEvent(out[p]!)]!);
    if (v > max) max = v;
    if (v < 0 || !Number.isInteger(v)) small &&= Number.isNaN(v);
  }
  // Counts (killed, rockets): small whole numbers rank as themselves, with no distinct values
  // to sort (the joined number stays exact below 2^53).
  if (small && (max + 1) * (out.length + 1) < Number.MAX_SAFE_INTEGER)
    return byRank(out, desc, max + 1, (_, p) => (Number.isNaN(values[p]!) ? -1 : values[p]!));
  const distinct = values.filter((v) => !Number.isNaN(v)).sort();
  let n = 0;
  for (let k = 0; k < distinct.length; k++)
    if (k === 0 || distinct[k] !== distinct[n - 1]) distinct[n++] = distinct[k]!;
  const ranks = distinct.subarray(0, n);
  return byRank(out, desc, n, (_, p) => (Number.isNaN(values[p]!) ? -1 : firstAtLeast(ranks, values[p]!)));
}

/**
 * Columns the table sorts by, made from the packed events on the first sort by them and kept
 * per index: a filter change while sorted by a figure or a title then reads no event.
 */
const figureColumns = new WeakMap<DatasetIndex, Map<FigureKey, Float64Array>>();
const figureColumn = (index: DatasetIndex, key: FigureKey): Float64Array =>
  kept(figureColumns, index, key, () => atOnce(makeFigureColumn(index, key)));

function* makeFigureColumn(index: DatasetIndex, key: FigureKey): Generator<void, Float64Array> {
  const { events } = index;
  const column = new Float64Array(events.length);
  for (let i = 0; i < column.length; i++) {
    column[i] = events.figure(i, key) ?? NaN;
    if (i % STEP === STEP - 1) yield;
  }
  return column;
}

/** What `make` gives for an index and a key, made once. */
function kept<K, V>(store: WeakMap<DatasetIndex, Map<K, V>>, index: DatasetIndex, key: K, make: () => V): V {
  let byKey = store.get(index);
  if (!byKey) store.set(index, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) byKey.set(key, (value = make()));
  return value;
}

/** An index's titles in one language: each distinct title once, and per event which. */
interface TitleColumn {
  names: string[];
  code: Int32Array;
  /** Per locale, each name's rank among the names. */
  ranks: Map<string, Int32Array>;
}
const titleColumns = new WeakMap<DatasetIndex, Map<Lang, TitleColumn>>();
const titleColumn = (index: DatasetIndex, lang: Lang): TitleColumn =>
  kept(titleColumns, index, lang, () => atOnce(makeTitleColumn(index, lang)));

function* makeTitleColumn(index: DatasetIndex, lang: Lang): Generator<void, TitleColumn> {
  const { events } = index;
  const code = new Int32Array(events.length);
  const names: string[] = [];
  const at = new Map<string, number>();
  for (let i = 0; i < code.length; i++) {
    const t = events.title(i, lang);
    let c = at.get(t);
    if (c === undefined) at.set(t, (c = names.push(t) - 1));
    code[i] = c;
    if (i % STEP === STEP - 1) yield;
  }
  return { names, code, ranks: new Map() };
}

/** Events a column is made for between two looks at the clock (see prepareSort). */
const STEP = 2_048;

const isFigure = (key: SortKey): key is FigureKey => (figureKeys as readonly string[]).includes(key);
/** Whether what sorting `index` by `key` reads is made: a title column also its ranks in
 * `locale`, when the layer is sorted alone (several layers' titles are ranked together). */
const isReady = (index: DatasetIndex, key: SortKey, lang: Lang, locale: string | null): boolean => {
  if (key === 'title') {
    const column = titleColumns.get(index)?.get(lang);
    return Boolean(column && (locale === null || column.ranks.has(locale)));
  }
  return !isFigure(key) || Boolean(figureColumns.get(index)?.has(key));
};
const alone = (sources: readonly RowSource[], locale: string) => (sources.length === 1 ? locale : null);

/**
 * Whether sorting by `key` needs a column not made yet of a layer over SLICED_ABOVE events:
 * the table then keeps its order and makes it first (prepareSort). At a million rows, the first
 * sort by title read every title in one task of 1.4–2 s, and by a figure ~0.4 s; ranking
 * 100,000 distinct titles took ~0.5 s.
 */
export const sortNeedsColumns = (
  sources: readonly RowSource[],
  key: SortKey,
  lang: Lang,
  locale: string,
): boolean =>
  sources.some(
    (s) => s.index.events.length > SLICED_ABOVE && !isReady(s.index, key, lang, alone(sources, locale)),
  );

/**
 * Makes what sorting by `key` reads (see sortNeedsColumns), a slice at a time with input let
 * through between slices. False when `stop` turned true before the end (what was made of a
 * column then is dropped).
 */
export async function prepareSort(
  sources: readonly RowSource[],
  key: SortKey,
  lang: Lang,
  locale: string,
  stop: () => boolean,
): Promise<boolean> {
  for (const { index } of sources) {
    if (!isReady(index, key, lang, null)) {
      const made = await inSlices<TitleColumn | Float64Array>(
        key === 'title' ? makeTitleColumn(index, lang) : makeFigureColumn(index, key as FigureKey),
        stop,
      );
      if (!made) return false;
      if (key === 'title') kept(titleColumns, index, lang, () => made as TitleColumn);
      else kept(figureColumns, index, key as FigureKey, () => made as Float64Array);
    }
    if (key === 'title' && sources.length === 1) {
      if (!(await inSlices(titleRanks(titleColumn(index, lang), locale), stop))) return false;
    }
  }
  return true;
}

const collatorFor = (locale: string) => new Intl.Collator(locale, { sensitivity: 'base', numeric: true });

/** Ranks of distinct strings under a collator; strings it finds equal share one. In steps
 * (see sortInSteps): 100,000 distinct titles took ~0.5 s to sort. */
function* ranksOf(names: readonly string[], collator: Intl.Collator): Generator<void, Map<string, number>> {
  const sorted = yield* sortInSteps([...new Set(names)], collator.compare);
  const rank = new Map<string, number>();
  for (let k = 0; k < sorted.length; k++) {
    const t = sorted[k]!;
    rank.set(t, k > 0 && collator.compare(sorted[k - 1]!, t) === 0 ? rank.get(sorted[k - 1]!)! : k);
    if (k % STEP === STEP - 1) yield;
  }
  return rank;
}

/** A layer's titles ranked in a locale, made once (in steps) and kept with its column. */
function* titleRanks(column: TitleColumn, locale: string): Generator<void, Int32Array> {
  let ranks = column.ranks.get(locale);
  if (!ranks) {
    const rank = yield* ranksOf(column.names, collatorFor(locale));
    column.ranks.set(locale, (ranks = Int32Array.from(column.names, (t) => rank.get(t)!)));
  }
  return ranks;
}

function rankAcross(columns: readonly TitleColumn[], collator: Intl.Collator): Int32Array[] {
  const rank = atOnce(
    ranksOf(
      columns.flatMap((c) => c.names),
      collator,
    ),
  );
  return columns.map((c) => Int32Array.from(c.names, (t) => rank.get(t)!));
}

/**
 * Puts rows of several layers in date order, in place: on a tie, the first layer's first,
 * then by place in the layer. Day, layer and place joined into one number, sorted natively.
 */
function byDateAcross(rows: Int32Array, sources: readonly RowSource[]): void {
  let first = Infinity;
  let size = 1;
  for (const s of sources) {
    // Each layer's rows are in date order: its first starts earliest.
    if (s.rows.length) first = Math.min(first, s.index.start[s.rows[0]!]!);
    size = Math.max(size, s.index.start.length);
  }
  const keys = new Float64Array(rows.length);
  for (let p = 0; p < rows.length; p++) {
    const r = rows[p]!;
    const day = sources[rowSource(r)]!.index.start[rowEvent(r)]! - first;
    keys[p] = (day * MAX_SOURCES + rowSource(r)) * size + rowEvent(r);
  }
  keys.sort();
  for (let k = 0; k < rows.length; k++) {
    const place = keys[k]! % size;
    rows[k] = encodeRow(place, ((keys[k]! - place) / size) % MAX_SOURCES);
  }
}

/**
 * Orders `rows` (in date order) by each row's rank in [0, count), -1 for none (last), ties in
 * their order in `rows`. Counted into buckets, one per rank (linear: at a million rows the
 * native sort of rank and place joined into one number took ~0.2 s); by that native sort when
 * the ranks far outnumber the rows.
 */
function byRank(
  rows: Int32Array,
  desc: boolean,
  count: number,
  rankOf: (row: number, place: number) => number,
): Int32Array {
  const n = rows.length;
  const bucketOf = (p: number) => {
    const r = rankOf(rows[p]!, p);
    return r < 0 ? count : desc ? count - 1 - r : r;
  };
  const out = new Int32Array(n);
  if (count > 4 * n + 1_024) {
    const keys = new Float64Array(n);
    for (let p = 0; p < n; p++) keys[p] = bucketOf(p) * n + p;
    keys.sort();
    for (let k = 0; k < n; k++) out[k] = rows[keys[k]! % n]!;
    return out;
  }
  const bucket = new Int32Array(n);
  // Where each bucket starts, once summed; the last bucket holds the rows with no value.
  const at = new Int32Array(count + 2);
  for (let p = 0; p < n; p++) at[(bucket[p] = bucketOf(p)) + 1]!++;
  for (let b = 1; b < at.length; b++) at[b]! += at[b - 1]!;
  for (let p = 0; p < n; p++) out[at[bucket[p]!]!++] = rows[p]!;
  return out;
}
