import type { DatasetIndex } from './dataset/indexes';

/** The fields of a record that a dispute names, e.g. "date", "figures.killed". */
export function disputedFields(
  index: DatasetIndex,
  disputes: { id: string; field: string }[],
  id: string,
): Set<string> {
  const ids = index.disputesByRecord.get(id);
  const out = new Set<string>();
  if (!ids) return out;
  for (const d of disputes) if (ids.includes(d.id)) for (const f of d.field.split(',')) out.add(f.trim());
  return out;
}
