import type { Base, Dataset, DrawdownEvent } from './schema';
import { packedBuffers, type PackedEvents } from './event-codec';
import { packEvents } from './event-pack';
import type { PackedStrings } from './packed-strings';
import { packFolded } from '../search/normalize';
import { searchSource } from './indexes';

/** A chunk of checked events as it crosses to the page: packed, with its folded search text. */
export interface PackedChunk {
  events: PackedEvents;
  search: PackedStrings;
}

/** The chunk's buffers, to transfer rather than copy. */
export const chunkBuffers = (c: PackedChunk): ArrayBuffer[] => [
  ...packedBuffers(c.events),
  c.search.bytes.buffer as ArrayBuffer,
  c.search.ends.buffer as ArrayBuffer,
];

/** Packs a file's chunks in turn; its bases are looked up by id, made once per file. */
export class ChunkPacker {
  private byId: Map<string, Base> | null = null;

  /** The file's bases by id. */
  baseById(bases: readonly Base[]): Map<string, Base> {
    return (this.byId ??= new Map(bases.map((b) => [b.id, b])));
  }

  pack(events: readonly DrawdownEvent[], { bases, provinces }: Pick<Dataset, 'bases' | 'provinces'>) {
    const baseById = this.baseById(bases);
    return {
      events: packEvents(events),
      search: packFolded(events.map((e) => searchSource(e, baseById, provinces))),
    };
  }
}
