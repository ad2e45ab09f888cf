import type { z } from 'zod';
import {
  baseSchema,
  disputeSchema,
  eventSchema,
  periodClaimSchema,
  provinceSchema,
  SCHEMA_VERSION,
  sourceSchema,
  troopLevelSchema,
  metaCheckSchema,
  momentSchema,
  type Dataset,
  type DrawdownEvent,
} from './schema';
import { isProvinceCode } from './vocabulary';
import { EVENT_CHUNK } from './chunk-size';
import { checkOf, words, type Check, type CheckReason } from './check-reason';

/**
 * The one record-check pipeline. The app sets aside what it finds and lists why; `npm run
 * data:check` reports the same findings (and adds the curation checks that need the source
 * documents, in scripts/). One result type for both.
 */
export interface Problem {
  /** Where: the record (collection, index and id where known) and the field. */
  record: string;
  field: string;
  /** In English: the report's and the download's words. */
  message: string;
  /** The same, as codes: the page says it in the reader's language (absent where the words are not Drawdown's). */
  check?: Check;
}

export const formatProblem = (p: Problem): string => `${p.record} · ${p.field}: ${p.message}`;

/** The file cannot be used at all; nothing in it is loaded. `problem` says where and why. */
export class FatalDatasetError extends Error {
  readonly problem: Problem;
  constructor(
    readonly reason: 'notJson' | 'notObject' | 'version' | 'meta' | 'collection' | 'tooLarge',
    said: { message: string; check?: Check },
    where: { record: string; field: string } = { record: 'dataset', field: '(file)' },
  ) {
    super(said.message);
    this.name = 'FatalDatasetError';
    this.problem = { ...where, ...said };
  }

  /** The reason as its codes (see Check). */
  get check(): Check | undefined {
    return this.problem.check;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
/** The one record labeller: collection, index in the file and id where known. */
export const recordLabel = (collection: string, i: number, item: unknown): string => {
  const id = isObject(item) && typeof item.id === 'string' ? ` "${item.id.slice(0, 60)}"` : '';
  return `${collection}[${i}]${id}`;
};
const why = (e: z.ZodError) => {
  const first = e.issues[0]!;
  return {
    field: first.path.map(String).join('.') || '(record)',
    message: first.message,
    check: checkOf(first),
  };
};
/** What a reference check found in a record's field: its words and their codes. */
type Found = { field: string; why: CheckReason; value?: string };
const found = ({ field, why, value }: Found) => ({ field, ...words(why, value) });

/** A failed check keeps its input, for its type: zod's words name it ("received number"). */
const WITH_INPUT = { reportInput: true } as const;

/** A record that passed its schema, with its index in the file's list. */
type At<T> = { item: T; i: number };

function collection(raw: Record<string, unknown>, name: string, required = true): unknown[] {
  const value = raw[name];
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) throw new FatalDatasetError('collection', words('notAList', name));
  return value;
}

function validate<T>(
  items: readonly unknown[],
  name: string,
  schema: z.ZodType<T>,
  rejected: Problem[],
  /** The first item's index in the file (for a chunk of a longer list). */
  offset = 0,
): At<T>[] {
  const out: At<T>[] = [];
  for (let k = 0; k < items.length; k++) {
    const r = schema.safeParse(items[k], WITH_INPUT);
    if (r.success) out.push({ item: r.data, i: offset + k });
    else rejected.push({ record: recordLabel(name, offset + k, items[k]), ...why(r.error) });
  }
  return out;
}

/**
 * For a message only: the records a dispute names that are nowhere in the file. The file's
 * ids are gathered once, on the first dispute that needs them: thousands of dangling
 * disputes stay linear. `eventIds` are the ids of every event the file held, valid or not.
 */
function unknownRecordsOf(raw: Record<string, unknown>, eventIds: readonly unknown[]) {
  let ids: Set<unknown> | null = null;
  return (named: readonly string[]): string | undefined => {
    if (!ids) {
      ids = new Set(eventIds);
      for (const name of ['bases', 'troopLevels', 'periodClaims'])
        for (const x of Array.isArray(raw[name]) ? raw[name] : []) ids.add(isObject(x) ? x.id : x);
    }
    const unknown = named.filter((r) => !ids!.has(r));
    return unknown.length ? unknown.slice(0, 5).join(', ').slice(0, 200) : undefined;
  };
}

/**
 * Where valid events go, chunk by chunk, when they are not to be kept together: a worker
 * posts each chunk and keeps nothing of it, so it never holds a second copy of the rows the
 * page is building. `context` is what the events refer to (for their search text).
 */
export type EventSink = (events: DrawdownEvent[], context: Pick<Dataset, 'bases' | 'provinces'>) => void;

/** The members the events refer to: a streamed file's events are checked once these have come. */
export const HEAD_MEMBERS = ['meta', 'sources', 'provinces', 'bases'] as const;

/**
 * Loads what is valid in a dataset and sets the rest aside with reasons. A file fails as a
 * whole only when it is not a Drawdown dataset at all: not an object, another schema
 * version, no usable `meta`, or a collection that is not a list. Given `onEvents`, the valid
 * events go there chunk by chunk as they pass, before the rest of the file is checked, and
 * the result's `events` is empty; each raw event is dropped once checked (its id kept for
 * messages), so the file's rows are never held twice.
 */
export function checkRecords(raw: unknown, onEvents?: EventSink): { data: Dataset; rejected: Problem[] } {
  const checker = new RecordChecker(raw, onEvents);
  const rawEvents = collection(raw as Record<string, unknown>, 'events');
  for (let from = 0; from < rawEvents.length; from += EVENT_CHUNK) {
    checker.events(rawEvents.slice(from, from + EVENT_CHUNK), from);
    if (onEvents)
      for (let k = from; k < Math.min(from + EVENT_CHUNK, rawEvents.length); k++) {
        const x = rawEvents[k];
        rawEvents[k] = isObject(x) ? x.id : undefined;
      }
  }
  return checker.finish();
}

/**
 * The checks of checkRecords, for a file read as it arrives: made once the members the
 * events refer to are there (HEAD_MEMBERS, in `raw`), given the events in chunks, and
 * finished once the rest of the file is in `raw` too.
 */
export class RecordChecker {
  private readonly raw: Record<string, unknown>;
  private readonly meta: Dataset['meta'];
  private readonly rejected: Problem[] = [];
  private readonly sources: Dataset['sources'];
  private readonly provinces: Dataset['provinces'] = {};
  private readonly bases: Dataset['bases'];
  private readonly baseIds: Set<string>;
  private readonly files: Set<string>;
  private readonly seen = new Set<string>();
  private readonly kept: DrawdownEvent[] = [];
  /** Every event's id, valid or not (see unknownRecordsOf). */
  private readonly eventIds: unknown[] = [];
  private sawEvents = false;

  constructor(
    raw: unknown,
    private readonly onEvents?: EventSink,
  ) {
    if (!isObject(raw)) throw new FatalDatasetError('notObject', words('notJsonObject'));
    this.raw = raw;
    const metaAt = (field: string) => ({ record: 'meta', field });
    const version = isObject(raw.meta) ? raw.meta.schemaVersion : undefined;
    if (version !== SCHEMA_VERSION)
      throw new FatalDatasetError(
        'version',
        words('schemaVersion', JSON.stringify(version ?? null)?.slice(0, 40)),
        metaAt('schemaVersion'),
      );
    const meta = metaCheckSchema.safeParse(raw.meta, WITH_INPUT);
    if (!meta.success) {
      const w = why(meta.error);
      const at = `meta.${w.field}`;
      throw new FatalDatasetError(
        'meta',
        { message: `${at}: ${w.message}`, check: { ...w.check, at } },
        metaAt(w.field),
      );
    }
    const rejected = this.rejected;
    const { moments, ...rest } = meta.data;
    this.meta = moments
      ? { ...rest, moments: validate(moments, 'meta.moments', momentSchema, rejected).map((x) => x.item) }
      : rest;
    this.sources = validate(collection(raw, 'sources'), 'sources', sourceSchema, rejected).map((x) => x.item);
    if (!isObject(raw.provinces))
      throw new FatalDatasetError('collection', words('notAnObject', 'provinces'));
    for (const [code, p] of Object.entries(raw.provinces)) {
      const r = provinceSchema.safeParse(p, WITH_INPUT);
      if (!isProvinceCode(code))
        rejected.push({
          record: `provinces.${code.slice(0, 40)}`,
          ...found({ field: '(key)', why: 'notProvinceCode' }),
        });
      else if (!r.success) rejected.push({ record: `provinces.${code}`, ...why(r.error) });
      else this.provinces[code] = r.data;
    }
    const rawBases = collection(raw, 'bases');
    this.files = new Set(this.sources.map((s) => s.file));
    this.bases = this.keep('bases', validate(rawBases, 'bases', baseSchema, rejected), (b) =>
      this.provinces[b.province]
        ? this.citeProblem(b)
        : { field: 'province', why: 'unknownGovernorate', value: b.province },
    );
    this.baseIds = new Set(this.bases.map((b) => b.id));
  }

  /** Checks a chunk of the file's events; `from` is the first one's index in the file. */
  events(items: readonly unknown[], from: number): void {
    this.sawEvents = true;
    for (const x of items) this.eventIds.push(isObject(x) ? x.id : undefined);
    const part = this.keep('events', validate(items, 'events', eventSchema, this.rejected, from), (e) =>
      e.base && !this.baseIds.has(e.base)
        ? { field: 'base', why: 'unknownBase', value: e.base }
        : e.province && !this.provinces[e.province]
          ? { field: 'province', why: 'unknownGovernorate', value: e.province }
          : this.citeProblem(e),
    );
    if (this.onEvents) this.onEvents(part, { bases: this.bases, provinces: this.provinces });
    else for (const e of part) this.kept.push(e);
  }

  /** Checks the rest of the file (troop levels, disputes, period claims) and gives the result. */
  finish(): { data: Dataset; rejected: Problem[] } {
    const { raw, rejected, seen } = this;
    if (!this.sawEvents) collection(raw, 'events');
    const rawTroops = collection(raw, 'troopLevels');
    const rawDisputes = collection(raw, 'disputes');
    const rawClaims = collection(raw, 'periodClaims', false);
    const troopLevels = this.keep(
      'troopLevels',
      validate(rawTroops, 'troopLevels', troopLevelSchema, rejected),
      (t) => this.citeProblem(t),
    );
    const periodClaims = this.keep(
      'periodClaims',
      validate(rawClaims, 'periodClaims', periodClaimSchema, rejected),
      (p) =>
        p.base && !this.baseIds.has(p.base)
          ? { field: 'base', why: 'unknownBase', value: p.base }
          : this.citeProblem(p),
    );
    // A dispute outlives a record set aside: it keeps the records that did load.
    const named = new Map<string, string[]>();
    const unknownRecords = unknownRecordsOf(raw, this.eventIds);
    const disputes = this.keep(
      'disputes',
      validate(rawDisputes, 'disputes', disputeSchema, rejected).map(({ item: d, i }) => {
        named.set(d.id, d.records);
        return { item: { ...d, records: d.records.filter((r) => seen.has(r)) }, i };
      }),
      (d): Found | null => {
        if (d.records.length === 0) {
          const unknown = unknownRecords(named.get(d.id) ?? []);
          return unknown
            ? { field: 'records', why: 'noRecordKnown', value: unknown }
            : { field: 'records', why: 'noRecordLoaded' };
        }
        return this.cites(d.claims.map((c) => c.evidence))
          ? { field: 'claims', why: 'claimUnknownSource' }
          : null;
      },
    );
    const { meta, sources, provinces, bases } = this;
    return {
      data: { meta, sources, provinces, bases, events: this.kept, troopLevels, disputes, periodClaims },
      rejected,
    };
  }

  /** References: a record citing what is not there is set aside, never half-shown. */
  private keep<T extends { id: string }>(name: string, items: At<T>[], check: (x: T) => Found | null): T[] {
    return items.flatMap(({ item: x, i }) => {
      const problem: Found | null = this.seen.has(x.id)
        ? { field: 'id', why: 'duplicateId', value: x.id }
        : check(x);
      if (!problem) {
        this.seen.add(x.id);
        return [x];
      }
      this.rejected.push({ record: recordLabel(name, i, x), ...found(problem) });
      return [];
    });
  }

  private cites(ev: { source: string }[]): string | undefined {
    return ev.find((e) => !this.files.has(e.source))?.source;
  }

  private citeProblem(x: { evidence: { source: string }[] }): Found | null {
    const f = this.cites(x.evidence);
    return f ? { field: 'evidence', why: 'unknownSource', value: f.slice(0, 80) } : null;
  }
}
