import type { DrawdownEvent, FigureKey } from './schema';
import type { Lang } from '../i18n/languages';
import { Unpacker, type PackedEvents } from './event-codec';
import { firstAbove } from '../sorted';

/**
 * A dataset's events, read one at a time. A large file's are kept packed as the worker sent
 * them and an event object is made only when something reads it (a table row, the detail
 * panel, an export's chunk): a million objects held ~0.9 GB, and the collector's passes over
 * them paused the page for up to 1.4 s after a load. Everything that reads every event reads
 * the index's columns instead.
 */
export interface EventList {
  readonly length: number;
  /** Event i; i must be below length. */
  get(i: number): DrawdownEvent;
  /** Event i's id, without making the event. */
  id(i: number): string;
  /** Event i's title in one language, without making the event. */
  title(i: number, lang: Lang): string;
  /** Event i's figure (undefined where it has none), without making the event. */
  figure(i: number, key: FigureKey): number | undefined;
}

export class ArrayEvents implements EventList {
  constructor(private readonly events: readonly DrawdownEvent[]) {}
  get length(): number {
    return this.events.length;
  }
  get(i: number): DrawdownEvent {
    return this.events[i]!;
  }
  id(i: number): string {
    return this.events[i]!.id;
  }
  title(i: number, lang: Lang): string {
    return this.events[i]!.title[lang];
  }
  figure(i: number, key: FigureKey): number | undefined {
    return this.events[i]!.figures?.[key];
  }
}

/** Every event of a list, as an array: for a small list (tests, the curated record). */
export const eventsOf = (list: EventList): DrawdownEvent[] =>
  Array.from({ length: list.length }, (_, i) => list.get(i));

/** Events made recently, kept so that a row read again is the same object (React compares). */
const KEPT = 4_096;

/** The chunk holding event i, given each chunk's first event: the last that starts at or before i. */
export const chunkOf = (firsts: readonly number[], i: number): number => firstAbove(firsts, i) - 1;

/** Packed chunks, in file order, read an event at a time. */
export class PackedEventStore implements EventList {
  private readonly chunks: Unpacker[] = [];
  private readonly packs: PackedEvents[] = [];
  /** Per chunk, the file index of its first event. */
  private readonly firsts: number[] = [];
  private readonly kept = new Map<number, DrawdownEvent>();
  length = 0;

  add(packed: PackedEvents): void {
    const u = new Unpacker(packed);
    this.chunks.push(u);
    this.packs.push(packed);
    this.firsts.push(this.length);
    this.length += u.count;
  }

  /** The chunks as packed, read in `order` (see packedChunks). */
  packed(order: Int32Array | null): PackedChunks {
    return { chunks: this.packs, firsts: this.firsts, order };
  }

  private locate(i: number): [Unpacker, number] {
    const c = chunkOf(this.firsts, i);
    return [this.chunks[c]!, i - this.firsts[c]!];
  }

  get(i: number): DrawdownEvent {
    let e = this.kept.get(i);
    if (e) return e;
    const [u, k] = this.locate(i);
    e = u.at(k);
    if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(i, e);
    return e;
  }

  id(i: number): string {
    const [u, k] = this.locate(i);
    return u.idAt(k);
  }

  title(i: number, lang: Lang): string {
    const [u, k] = this.locate(i);
    return u.titleAt(k, lang);
  }

  figure(i: number, key: FigureKey): number | undefined {
    const [u, k] = this.locate(i);
    return u.figureAt(k, key);
  }
}

/** A list read in another order: `order[i]` is the place in `list` of event i. */
export class ReorderedEvents implements EventList {
  constructor(
    readonly list: EventList,
    readonly order: Int32Array,
  ) {}
  get length(): number {
    return this.order.length;
  }
  get(i: number): DrawdownEvent {
    return this.list.get(this.order[i]!);
  }
  id(i: number): string {
    return this.list.id(this.order[i]!);
  }
  title(i: number, lang: Lang): string {
    return this.list.title(this.order[i]!, lang);
  }
  figure(i: number, key: FigureKey): number | undefined {
    return this.list.figure(this.order[i]!, key);
  }
}

/** A list's events as the chunks it holds packed, for a reader elsewhere (an export's worker). */
export interface PackedChunks {
  chunks: readonly PackedEvents[];
  /** Per chunk, the place of its first event. */
  firsts: readonly number[];
  /** Where the list reads its events in another order: order[i] is event i's place. */
  order: Int32Array | null;
}

/** The packed chunks behind a list, or null for a list held as objects (a small file's). */
export function packedChunks(list: EventList): PackedChunks | null {
  if (list instanceof PackedEventStore) return list.packed(null);
  if (list instanceof ReorderedEvents && list.list instanceof PackedEventStore)
    return list.list.packed(list.order);
  return null;
}

/**
 * Packed chunks as they arrive, in any order, each once: an export's worker is sent the
 * chunks its rows read, never a copy of every event as objects.
 */
export class ArrivingChunks {
  private readonly chunks: (Unpacker | undefined)[] = [];
  constructor(private readonly firsts: readonly number[]) {}

  put(c: number, packed: PackedEvents): void {
    this.chunks[c] = new Unpacker(packed);
  }

  /** Lets chunk c go: no later event read is in it. */
  drop(c: number): void {
    this.chunks[c] = undefined;
  }

  get(i: number): DrawdownEvent {
    const c = chunkOf(this.firsts, i);
    const u = this.chunks[c];
    if (!u) throw new Error(`event ${i} read outside the chunks held`);
    return u.at(i - this.firsts[c]!);
  }
}
