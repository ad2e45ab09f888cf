import { findSlot, idHash, putSlot } from '../dataset/event-columns';

/**
 * The ids a file read in parts has given so far (see ChunkOrder), looked up by their hash
 * (idHash, which each part computes for the index anyway) in typed arrays. A Set of the ids
 * held a million strings for a million rows, and adding to it took ~0.8 s of the reading
 * worker's time. An id is compared as a string only when its hash is already there: a repeated
 * id, or two ids that hash alike (a few among a million). Its chunk's list is split then, once.
 */
export class IdSet {
  /** The table of entries by hash (see putSlot). */
  private slots = new Int32Array(1 << 12);
  /** Per entry: its hash, and where its id is (a chunk's list and its place in it, or own). */
  private hashes = new Int32Array(1 << 11);
  private lists = new Int32Array(1 << 11);
  private places = new Int32Array(1 << 11);
  private count = 0;
  /** The chunks' ids, each list joined by line breaks (as ChunkIds has them). */
  private readonly joined: string[] = [];
  /** Lists split, once each: only those an id was compared with. */
  private readonly split = new Map<number, string[]>();
  /** Ids that are in no list (a tie's new id), by entry. */
  private readonly own = new Map<number, string>();

  /** Takes a chunk's joined ids; its ids are added by their place in it (addListed). */
  addList(joined: string): number {
    return this.joined.push(joined) - 1;
  }

  /** Whether `id` (whose hash is `hash`) is in. */
  has(id: string, hash: number): boolean {
    return findSlot(this.slots, hash, (e) => this.hashes[e] === hash && this.idOf(e) === id) >= 0;
  }

  /** Whether an id with this hash may be in (no: it is not). */
  mayHave(hash: number): boolean {
    return findSlot(this.slots, hash, (e) => this.hashes[e] === hash) >= 0;
  }

  /** Adds an id of no list. */
  addOwn(id: string): void {
    this.own.set(this.count, id);
    this.addListed(idHash(id), -1, -1);
  }

  /** The id at `place` in list `list`. */
  listed(list: number, place: number): string {
    let ids = this.split.get(list);
    if (!ids) this.split.set(list, (ids = this.joined[list]!.split('\n')));
    return ids[place]!;
  }

  private idOf(e: number): string {
    const list = this.lists[e]!;
    return list < 0 ? this.own.get(e)! : this.listed(list, this.places[e]!);
  }

  /** Adds the id at `place` in list `list` (see addList), whose hash is `hash`. */
  addListed(hash: number, list: number, place: number): void {
    const e = this.count++;
    if (e === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.lists = grown(this.lists);
      this.places = grown(this.places);
    }
    this.hashes[e] = hash;
    this.lists[e] = list;
    this.places[e] = place;
    if (this.count * 2 > this.slots.length) this.rehash();
    else putSlot(this.slots, hash, e);
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.count; e++) putSlot(this.slots, this.hashes[e]!, e);
  }
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
