import type { Base, Dataset, DrawdownEvent } from './schema';
import { packEvents, packedBuffers, type PackedEvents } from './event-codec';
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
  private baseById: Map<string, Base> | null = null;

  pack(events: readonly DrawdownEvent[], { bases, provinces }: Pick<Dataset, 'bases' | 'provinces'>) {
    this.baseById ??= new Map(bases.map((b) => [b.id, b]));
    const baseById = this.baseById;
    return {
      events: packEvents(events),
      search: packFolded(events.map((e) => searchSource(e, baseById, provinces))),
    };
  }
}
