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
  datasetSchema,
  type Dataset,
  type DrawdownEvent,
} from './schema';

/** A record set aside: which one, which field, and why. */
export interface Rejected {
  record: string;
  field: string;
  reason: string;
}

/** The file cannot be used at all; nothing in it is loaded. */
export class FatalDatasetError extends Error {
  constructor(
    readonly reason: 'notJson' | 'notObject' | 'version' | 'meta' | 'collection' | 'tooLarge',
    message: string,
  ) {
    super(message);
    this.name = 'FatalDatasetError';
  }
}

const metaSchema = datasetSchema.shape.meta;
const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const label = (collection: string, i: number, item: unknown) => {
  const id = isObject(item) && typeof item.id === 'string' ? ` "${item.id.slice(0, 60)}"` : '';
  return `${collection}[${i}]${id}`;
};
const why = (e: z.ZodError) => {
  const first = e.issues[0]!;
  return { field: first.path.map(String).join('.') || '(record)', reason: first.message };
};

/** A record that passed its schema, with its index in the file's list. */
type At<T> = { item: T; i: number };

function collection(raw: Record<string, unknown>, name: string, required = true): unknown[] {
  const value = raw[name];
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) throw new FatalDatasetError('collection', `"${name}" is not a list`);
  return value;
}

function validate<T>(
  items: readonly unknown[],
  name: string,
  schema: z.ZodType<T>,
  rejected: Rejected[],
  from = 0,
  to = items.length,
): At<T>[] {
  const out: At<T>[] = [];
  for (let i = from; i < Math.min(to, items.length); i++) {
    const r = schema.safeParse(items[i]);
    if (r.success) out.push({ item: r.data, i });
    else rejected.push({ record: label(name, i, items[i]), ...why(r.error) });
  }
  return out;
}

/** Events are validated and handed on in chunks of this many, so a worker can post each. */
const EVENT_CHUNK = 10_000;

/**
 * Loads what is valid in a dataset and sets the rest aside with reasons. A file fails as a
 * whole only when it is not a Drawdown dataset at all: not an object, another schema
 * version, no usable `meta`, or a collection that is not a list. `onEvents` receives the
 * valid events chunk by chunk as they pass, before the rest of the file is checked.
 */
export function parseLenient(
  raw: unknown,
  onEvents?: (events: DrawdownEvent[]) => void,
): { data: Dataset; rejected: Rejected[] } {
  if (!isObject(raw)) throw new FatalDatasetError('notObject', 'the file is not a JSON object');
  const version = isObject(raw.meta) ? raw.meta.schemaVersion : undefined;
  if (version !== SCHEMA_VERSION)
    throw new FatalDatasetError(
      'version',
      `unknown schema version ${JSON.stringify(version ?? null)?.slice(0, 40)} (expected ${SCHEMA_VERSION})`,
    );
  const meta = metaSchema.safeParse(raw.meta);
  if (!meta.success) {
    const w = why(meta.error);
    throw new FatalDatasetError('meta', `meta.${w.field}: ${w.reason}`);
  }
  const rejected: Rejected[] = [];
  const sources = validate(collection(raw, 'sources'), 'sources', sourceSchema, rejected).map((x) => x.item);
  const provinces: Dataset['provinces'] = {};
  if (!isObject(raw.provinces)) throw new FatalDatasetError('collection', '"provinces" is not an object');
  for (const [code, p] of Object.entries(raw.provinces)) {
    const r = provinceSchema.safeParse(p);
    if (!/^IQ-[A-Z]{2}$/.test(code))
      rejected.push({
        record: `provinces.${code.slice(0, 40)}`,
        field: '(key)',
        reason: 'not an ISO 3166-2:IQ code',
      });
    else if (!r.success) rejected.push({ record: `provinces.${code}`, ...why(r.error) });
    else provinces[code] = r.data;
  }
  const rawBases = collection(raw, 'bases');
  const rawEvents = collection(raw, 'events');
  const rawTroops = collection(raw, 'troopLevels');
  const rawDisputes = collection(raw, 'disputes');
  const rawClaims = collection(raw, 'periodClaims', false);

  // References: a record citing what is not there is set aside, never half-shown.
  const files = new Set(sources.map((s) => s.file));
  const seen = new Set<string>();
  const keep = <T extends { id: string }>(
    name: string,
    items: At<T>[],
    check: (x: T) => string | null,
  ): T[] =>
    items.flatMap(({ item: x, i }) => {
      const problem = seen.has(x.id) ? `id: duplicate id ${x.id}` : check(x);
      if (!problem) {
        seen.add(x.id);
        return [x];
      }
      const [field, ...reason] = problem.split(': ');
      rejected.push({ record: `${name}[${i}] "${x.id}"`, field: field!, reason: reason.join(': ') });
      return [];
    });
  const cites = (ev: { source: string }[]) => ev.find((e) => !files.has(e.source))?.source;
  const citeProblem = (x: { evidence: { source: string }[] }) => {
    const f = cites(x.evidence);
    return f ? `evidence: cites unknown source ${f.slice(0, 80)}` : null;
  };
  const bases = keep('bases', validate(rawBases, 'bases', baseSchema, rejected), (b) =>
    provinces[b.province] ? citeProblem(b) : `province: unknown governorate ${b.province}`,
  );
  const baseIds = new Set(bases.map((b) => b.id));
  const eventProblem = (e: DrawdownEvent) =>
    e.base && !baseIds.has(e.base)
      ? `base: unknown base ${e.base}`
      : e.province && !provinces[e.province]
        ? `province: unknown governorate ${e.province}`
        : citeProblem(e);
  const events: DrawdownEvent[] = [];
  for (let from = 0; from < rawEvents.length; from += EVENT_CHUNK) {
    const part = keep(
      'events',
      validate(rawEvents, 'events', eventSchema, rejected, from, from + EVENT_CHUNK),
      eventProblem,
    );
    for (const e of part) events.push(e);
    onEvents?.(part);
  }
  const troopLevels = keep(
    'troopLevels',
    validate(rawTroops, 'troopLevels', troopLevelSchema, rejected),
    citeProblem,
  );
  const periodClaims = keep(
    'periodClaims',
    validate(rawClaims, 'periodClaims', periodClaimSchema, rejected),
    (p) => (p.base && !baseIds.has(p.base) ? `base: unknown base ${p.base}` : citeProblem(p)),
  );
  // A dispute outlives a record set aside: it keeps the records that did load.
  const disputes = keep(
    'disputes',
    validate(rawDisputes, 'disputes', disputeSchema, rejected).map(({ item: d, i }) => ({
      item: { ...d, records: d.records.filter((r) => seen.has(r)) },
      i,
    })),
    (d) =>
      d.records.length === 0
        ? 'records: names no record that loaded'
        : cites(d.claims.map((c) => c.evidence))
          ? 'claims: cites an unknown source'
          : null,
  );
  return {
    data: { meta: meta.data, sources, provinces, bases, events, troopLevels, disputes, periodClaims },
    rejected,
  };
}
