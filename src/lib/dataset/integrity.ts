import type { Dataset } from './schema';
import type { Problem } from './issues';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /[A-Za-z]/;

interface Found {
  path: string;
  value: Record<string, unknown>;
}

/** Every object under `node` that has the given keys, with its path (for messages). */
function collect(node: unknown, path: string, keys: string[], out: Found[]): Found[] {
  if (Array.isArray(node)) node.forEach((v, i) => collect(v, `${path}[${i}]`, keys, out));
  else if (node && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    if (keys.every((k) => typeof obj[k] === 'string')) out.push({ path, value: obj });
    for (const [k, v] of Object.entries(obj)) collect(v, path ? `${path}.${k}` : k, keys, out);
  }
  return out;
}

function split(path: string): { record: string; field: string } {
  const m = /^([a-zA-Z]+(?:\[\d+\]|\.[A-Z]{2}-[A-Z]{2})?)\.?(.*)$/.exec(path);
  return { record: m?.[1] ?? path, field: m?.[2] || '(record)' };
}

export interface DatasetCounts {
  sources: number;
  bases: number;
  events: number;
  troopLevels: number;
  disputes: number;
  quotes: number;
}

export function countRecords(data: Dataset): DatasetCounts {
  return {
    sources: data.sources.length,
    bases: data.bases.length,
    events: data.events.length,
    troopLevels: data.troopLevels.length,
    disputes: data.disputes.length,
    quotes: collect(data, '', ['source', 'quote'], []).length,
  };
}

/**
 * Checks what the schema cannot: quotes are verbatim in their source (whitespace aside),
 * references resolve, ids are unique, inferred dates say why, and each bilingual text is
 * really in both scripts. `sourceTexts` maps a source file name to its full text.
 */
export function checkIntegrity(data: Dataset, sourceTexts: Record<string, string>): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ ...split(path), message });
  const texts = new Map(Object.entries(sourceTexts).map(([f, t]) => [f, collapse(t)]));
  const declared = new Set(data.sources.map((s) => s.file));

  data.sources.forEach((s, i) => {
    if (!texts.has(s.file)) add(`sources[${i}].file`, `no document ${s.file} in data/sources`);
    if (s.published.inferred && !s.published.note)
      add(`sources[${i}].published.note`, 'inferred date without a note');
  });

  for (const { path, value } of collect(data, '', ['source', 'quote'], [])) {
    const file = value.source as string;
    const text = texts.get(file);
    if (!declared.has(file)) add(`${path}.source`, `cites ${file}, which is not in sources`);
    else if (text !== undefined && !text.includes(collapse(value.quote as string)))
      add(`${path}.quote`, `quote is not verbatim in ${file}`);
  }

  for (const { path, value } of collect(data, '', ['en', 'ar'], [])) {
    if (!ARABIC.test(value.ar as string)) add(`${path}.ar`, 'Arabic text has no Arabic letters');
    if (!LATIN.test(value.en as string) && !/^[\d\s–.,()-]+$/.test(value.en as string))
      add(`${path}.en`, 'English text has no Latin letters');
  }

  const ids = new Map<string, string>();
  const register = (id: string, path: string) => {
    if (ids.has(id)) add(`${path}.id`, `duplicate id ${id} (also ${ids.get(id)})`);
    else ids.set(id, path);
  };
  data.bases.forEach((b, i) => register(b.id, `bases[${i}]`));
  data.events.forEach((e, i) => register(e.id, `events[${i}]`));
  data.troopLevels.forEach((t, i) => register(t.id, `troopLevels[${i}]`));
  data.disputes.forEach((d, i) => register(d.id, `disputes[${i}]`));
  data.periodClaims.forEach((p, i) => register(p.id, `periodClaims[${i}]`));

  const provinces = new Set(Object.keys(data.provinces));
  const bases = new Map(data.bases.map((b) => [b.id, b]));
  data.bases.forEach((b, i) => {
    if (!provinces.has(b.province)) add(`bases[${i}].province`, `unknown governorate ${b.province}`);
    if (b.handover?.inferred && !b.handover.note)
      add(`bases[${i}].handover.note`, 'inferred date without a note');
  });
  data.events.forEach((e, i) => {
    if (e.province && !provinces.has(e.province))
      add(`events[${i}].province`, `unknown governorate ${e.province}`);
    const base = e.base ? bases.get(e.base) : undefined;
    if (e.base && !base) add(`events[${i}].base`, `unknown base ${e.base}`);
    if (base && e.province && base.province !== e.province)
      add(`events[${i}].province`, `base ${base.id} is in ${base.province}, not ${e.province}`);
    if (e.dateInferred && !e.dateNote) add(`events[${i}].dateNote`, 'inferred date without a note');
  });
  data.troopLevels.forEach((t, i) => {
    if (t.dateInferred && !t.dateNote) add(`troopLevels[${i}].dateNote`, 'inferred date without a note');
  });
  data.disputes.forEach((d, i) =>
    d.records.forEach((r, j) => {
      if (!ids.has(r)) add(`disputes[${i}].records[${j}]`, `unknown record ${r}`);
    }),
  );
  data.periodClaims.forEach((p, i) => {
    if (p.base && !bases.has(p.base)) add(`periodClaims[${i}].base`, `unknown base ${p.base}`);
  });
  return problems;
}
