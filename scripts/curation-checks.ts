/**
 * Curation checks: what `npm run data:check` asks of the curated dataset beyond the record
 * checks the app shares (src/lib/dataset/record-checks.ts). They need the source documents
 * (quotes verbatim in them) or hold the curated record to its editorial standard (both
 * scripts present, inferred dates explained), so they live with the CLI, not in the browser.
 */
import type { Dataset } from '../src/lib/dataset/schema';
import { recordLabel, type Problem } from '../src/lib/dataset/record-checks';
import { hasLettersOf } from '../src/lib/i18n/languages';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Found {
  /** The record this object sits in, and the path to it inside that record. */
  record: string;
  path: string;
  value: Record<string, unknown>;
}

/**
 * Every object with the given string keys, under each record of each collection, in document
 * order. A loop with its own stack, not recursion: a hostile file nests thousands deep.
 */
function collect(root: unknown, keys: string[]): Found[] {
  const out: Found[] = [];
  const stack: { node: unknown; record: string; path: string }[] = [];
  if (root && typeof root === 'object')
    for (const [name, items] of Object.entries(root as Record<string, unknown>).reverse()) {
      if (Array.isArray(items))
        for (let i = items.length - 1; i >= 0; i--)
          stack.push({ node: items[i], record: recordLabel(name, i, items[i]), path: '' });
      else if (items && typeof items === 'object')
        for (const [k, v] of Object.entries(items).reverse())
          stack.push({ node: v, record: `${name}.${k}`, path: '' });
    }
  while (stack.length) {
    const { node, record, path } = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], record, path: `${path}[${i}]` });
    } else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      if (keys.every((k) => typeof obj[k] === 'string')) out.push({ record, path, value: obj });
      for (const [k, v] of Object.entries(obj).reverse())
        stack.push({ node: v, record, path: path ? `${path}.${k}` : k });
    }
  }
  return out;
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
    quotes: collect(data, ['source', 'quote']).length,
  };
}

/**
 * `raw` is the file as parsed (quotes are checked there, so a record the record checks set
 * aside still has its quotes checked); `data` what the record checks kept. `sourceTexts` maps
 * a source file name to its full text.
 */
export function checkCuration(raw: unknown, data: Dataset, sourceTexts: Record<string, string>): Problem[] {
  const problems: Problem[] = [];
  const add = (record: string, field: string, message: string) => problems.push({ record, field, message });
  const texts = new Map(Object.entries(sourceTexts).map(([f, t]) => [f, collapse(t)]));
  const declared = new Set(data.sources.map((s) => s.file));

  data.sources.forEach((s, i) => {
    const r = recordLabel('sources', i, s);
    if (!texts.has(s.file)) add(r, 'file', `no document ${s.file} in data/sources`);
    if (s.published.inferred && !s.published.note) add(r, 'published.note', 'inferred date without a note');
  });

  for (const { record, path, value } of collect(raw, ['source', 'quote'])) {
    const file = value.source as string;
    const text = texts.get(file);
    if (!declared.has(file)) add(record, `${path}.source`, `cites ${file}, which is not in sources`);
    else if (text !== undefined && !text.includes(collapse(value.quote as string)))
      add(record, `${path}.quote`, `quote is not verbatim in ${file}`);
  }

  for (const { record, path, value } of collect(data, ['en', 'ar'])) {
    const field = (lang: string) => (path ? `${path}.${lang}` : lang);
    if (!hasLettersOf('ar', value.ar as string))
      add(record, field('ar'), 'Arabic text has no Arabic letters');
    if (!hasLettersOf('en', value.en as string) && !/^[\d\s–.,()-]+$/.test(value.en as string))
      add(record, field('en'), 'English text has no Latin letters');
  }

  const bases = new Map(data.bases.map((b) => [b.id, b]));
  data.bases.forEach((b, i) => {
    if (b.handover?.inferred && !b.handover.note)
      add(recordLabel('bases', i, b), 'handover.note', 'inferred date without a note');
  });
  data.events.forEach((e, i) => {
    const base = e.base ? bases.get(e.base) : undefined;
    if (base && e.province && base.province !== e.province)
      add(
        recordLabel('events', i, e),
        'province',
        `base ${base.id} is in ${base.province}, not ${e.province}`,
      );
    if (e.dateInferred && !e.dateNote)
      add(recordLabel('events', i, e), 'dateNote', 'inferred date without a note');
  });
  data.troopLevels.forEach((t, i) => {
    if (t.dateInferred && !t.dateNote)
      add(recordLabel('troopLevels', i, t), 'dateNote', 'inferred date without a note');
  });
  // The troop chart would leave such a moment out without a word; a date of its own could
  // disagree with its event's.
  const ids = new Set(data.events.map((e) => e.id));
  data.meta.moments?.forEach((m, i) => {
    if (!ids.has(m.event)) add(`meta.moments[${i}]`, 'event', `${m.event} is not an event of the record`);
    if (m.date)
      add(`meta.moments[${i}]`, 'date', "a date of its own: the record's moments take their event's");
  });
  return problems;
}
