import type { DatasetIndex } from './dataset/indexes';
import type { Dispute } from './dataset/schema';

const NONE: readonly Dispute[] = [];

/** The disputes that name a record, in file order: a lookup, not a scan of every dispute. */
export const disputesOf = (index: DatasetIndex, id: string): readonly Dispute[] =>
  index.disputesByRecord.get(id) ?? NONE;

/** The fields of a record that a dispute names, e.g. "date", "figures.killed". */
export function disputedFields(index: DatasetIndex, id: string): Set<string> {
  const out = new Set<string>();
  for (const d of disputesOf(index, id)) for (const f of d.field.split(',')) out.add(f.trim());
  return out;
}
