import { describe, expect, it } from 'vitest';
import { ChunkOrder, type ChunkIds } from './parts';
import { idHash } from '../dataset/event-columns';

/** A chunk of ids with their rows, hashed as a part hashes them, or with the hashes given. */
const chunk = (ids: string[], firstRow: number, hashes = ids.map(idHash)): { ids: ChunkIds } => ({
  ids: {
    bases: ids.join('\n'),
    rows: Int32Array.from(ids, (_, k) => firstRow + k),
    hashes: Int32Array.from(hashes),
  },
});

/** The ids ChunkOrder gives each chunk, chunks added in `order`. */
function given(chunks: { ids: ChunkIds }[], order = chunks.map((_, k) => k)): string[][] {
  const out: string[][] = [];
  const o = new ChunkOrder<{ ids: ChunkIds }>((c, renamed) => {
    const list = c.ids.bases.split('\n');
    out.push(list.map((id, k) => renamed?.get(k) ?? id));
  });
  for (const k of order) o.add(k, chunks[k]!);
  return out;
}

describe('ids made unique across the chunks of a file read in parts', () => {
  it('renames a repeated id by its row, in the order of the file, however the chunks arrive', () => {
    const chunks = [chunk(['a', 'b'], 2), chunk(['c', 'a'], 4), chunk(['a-r5', 'b', 'b'], 6)];
    expect(given(chunks, [2, 0, 1])).toEqual([
      ['a', 'b'],
      ['c', 'a-r5'],
      // "a-r5" was taken by the tie above; "b" twice more, each by its own row.
      ['a-r5-r6', 'b-r7', 'b-r8'],
    ]);
  });

  it('keeps ids that only share a hash apart, as strings', () => {
    // Every id given the same hash: only equal strings are ties.
    const same = (ids: string[], row: number) =>
      chunk(
        ids,
        row,
        ids.map(() => 7),
      );
    expect(given([same(['x', 'y'], 2), same(['z', 'y', 'x'], 4)])).toEqual([
      ['x', 'y'],
      ['z', 'y-r5', 'x-r6'],
    ]);
  });

  it('holds tens of thousands of ids, renaming exactly the repeated ones', () => {
    const n = 30_000;
    const chunks: { ids: ChunkIds }[] = [];
    for (let from = 0; from < n; from += 1_000) {
      const ids = Array.from({ length: 1_000 }, (_, k) => `irq${from + k}`);
      // Every 997th row repeats the id of the row 5,000 before it (from the sixth chunk on).
      for (let k = 0; k < ids.length; k++)
        if ((from + k) % 997 === 0 && from + k >= 5_000) ids[k] = `irq${from + k - 5_000}`;
      chunks.push(chunk(ids, from + 2));
    }
    const all = given(chunks).flat();
    expect(new Set(all).size).toBe(n);
    const renamed = all.filter((id) => id.includes('-r'));
    // Counted apart: multiples of 997 from 5,000 to 29,999.
    let expected = 0;
    for (let r = 5_000; r < n; r++) if (r % 997 === 0) expected++;
    expect(renamed).toHaveLength(expected);
    expect(renamed[0]).toBe(`irq${5_982 - 5_000}-r${5_982 + 2}`);
  });
});
