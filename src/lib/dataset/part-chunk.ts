import type { Base, Dataset, DrawdownEvent } from './schema';
import { ChunkPacker, chunkBuffers, type PackedChunk } from './pack-chunk';
import {
  chunkColumnBuffers,
  chunkColumns,
  Coder,
  coderValues,
  idHash,
  newRecoding,
  type ChunkColumns,
  type CoderValues,
} from './event-columns';
import { ChunkOrder, chunkIds, type OrderedChunk } from '../import/parts';
import { unpackEvents } from './event-codec';
import { packEvents } from './event-pack';
import { ColumnsBuilder } from './index-columns';

/** One of a part's chunks: packed for the page, its columns (in the part's codes) and ids. */
export interface PartChunk extends OrderedChunk {
  chunk: number;
  packed: PackedChunk;
  columns: ChunkColumns;
  values: CoderValues;
}

/** Makes one part's chunks in turn (see parts.ts), with codes of its own. */
export class PartChunker {
  private readonly packer = new ChunkPacker();
  private readonly coder = new Coder();

  make(events: DrawdownEvent[], chunk: number, context: Pick<Dataset, 'bases' | 'provinces'>) {
    const packed = this.packer.pack(events, context);
    const columns = chunkColumns(events, this.coder, this.packer.baseById(context.bases));
    const made: PartChunk = {
      chunk,
      packed,
      columns,
      values: coderValues(this.coder),
      ids: chunkIds(events, columns.idHash),
    };
    return { chunk: made, transfer: [...chunkBuffers(packed), ...chunkColumnBuffers(columns)] };
  }
}

/**
 * Puts `of` parts' chunks together as they come: in the file's order, ids made unique across
 * the parts (see ChunkOrder), and the index's columns in the file's codes.
 */
export class PartsAssembler {
  readonly columns: ColumnsBuilder;
  private readonly order: ChunkOrder<PartChunk>;

  constructor(bases: readonly Base[], of: number, onChunk: (packed: PackedChunk, chunk: number) => void) {
    const columns = (this.columns = new ColumnsBuilder(bases));
    const recodings = Array.from({ length: of }, newRecoding);
    this.order = new ChunkOrder<PartChunk>((c, renamed) => {
      let packed = c.packed;
      if (renamed) {
        const events = unpackEvents(packed.events);
        for (const [k, id] of renamed) {
          events[k]!.id = id;
          c.columns.idHash[k] = idHash(id);
        }
        packed = { ...packed, events: packEvents(events) };
      }
      columns.addRecoded(c.columns, c.values, recodings[c.chunk % of]!);
      onChunk(packed, c.chunk);
    });
  }

  add(c: PartChunk): void {
    this.order.add(c.chunk, c);
  }

  /** Chunks put together so far. */
  get done(): number {
    return this.order.done;
  }
}
