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

function list<T>(
  raw: Record<string, unknown>,
  name: string,
  schema: z.ZodType<T>,
  rejected: Rejected[],
  required = true,
): T[] {
  const value = raw[name];
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) throw new FatalDatasetError('collection', `"${name}" is not a list`);
  const out: T[] = [];
  value.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) out.push(r.data);
    else rejected.push({ record: label(name, i, item), ...why(r.error) });
  });
  return out;
}

/**
 * Loads what is valid in a dataset and sets the rest aside with reasons. A file fails as a
 * whole only when it is not a Drawdown dataset at all: not an object, another schema
 * version, no usable `meta`, or a collection that is not a list.
 */
export function parseLenient(raw: unknown): { data: Dataset; rejected: Rejected[] } {
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
  const sources = list(raw, 'sources', sourceSchema, rejected);
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
  let bases = list(raw, 'bases', baseSchema, rejected);
  let events = list(raw, 'events', eventSchema, rejected);
  let troopLevels = list(raw, 'troopLevels', troopLevelSchema, rejected);
  let disputes = list(raw, 'disputes', disputeSchema, rejected);
  let periodClaims = list(raw, 'periodClaims', periodClaimSchema, rejected, false);

  // References: a record citing what is not there is set aside, never half-shown.
  const files = new Set(sources.map((s) => s.file));
  const seen = new Set<string>();
  const keep = <T extends { id: string }>(name: string, items: T[], check: (x: T) => string | null): T[] =>
    items.filter((x, i) => {
      const problem = seen.has(x.id) ? `id: duplicate id ${x.id}` : check(x);
      if (problem) {
        const [field, ...reason] = problem.split(': ');
        rejected.push({ record: `${name}[${i}] "${x.id}"`, field: field!, reason: reason.join(': ') });
      } else seen.add(x.id);
      return !problem;
    });
  const cites = (ev: { source: string }[]) => ev.find((e) => !files.has(e.source))?.source;
  const citeProblem = (x: { evidence: { source: string }[] }) => {
    const f = cites(x.evidence);
    return f ? `evidence: cites unknown source ${f.slice(0, 80)}` : null;
  };
  bases = keep('bases', bases, (b) =>
    provinces[b.province] ? citeProblem(b) : `province: unknown governorate ${b.province}`,
  );
  const baseIds = new Set(bases.map((b) => b.id));
  events = keep('events', events, (e) =>
    e.base && !baseIds.has(e.base)
      ? `base: unknown base ${e.base}`
      : e.province && !provinces[e.province]
        ? `province: unknown governorate ${e.province}`
        : citeProblem(e),
  );
  troopLevels = keep('troopLevels', troopLevels, citeProblem);
  periodClaims = keep('periodClaims', periodClaims, (p) =>
    p.base && !baseIds.has(p.base) ? `base: unknown base ${p.base}` : citeProblem(p),
  );
  // A dispute outlives a record set aside: it keeps the records that did load.
  disputes = keep(
    'disputes',
    disputes.map((d) => ({ ...d, records: d.records.filter((r) => seen.has(r)) })),
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
