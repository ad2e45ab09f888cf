import { unpackEvents, type PackedEvents } from '../../lib/dataset/event-codec';
import { ArrivingChunks } from '../../lib/dataset/event-store';
import type { DrawdownEvent } from '../../lib/dataset/schema';
import type { Stamp } from '../../lib/dataset/fingerprint';
import { csvHead, csvRows, unparseRows, type CsvContext } from './csv';
import { TextBlobs } from '../../lib/text-blobs';

/** What the page tells the export writer, in order: start, then parts and their events, then end. */
export type WriterMessage =
  | { type: 'start'; kind: 'csv'; stamp?: Stamp | undefined }
  /** A JSON export: the dataset's text around its events array, which the chunks fill. */
  | { type: 'start'; kind: 'json'; prefix: string; suffix: string }
  /**
   * The next layer: its places' names and its own name and file. With `firsts`, its events
   * come as the chunks it holds them in (each chunk's first event's place), then as rows.
   */
  | { type: 'part'; context: CsvContext; firsts?: readonly number[] }
  /** Events packed for this export (a small list, held as objects on the page). */
  | { type: 'events'; packed: PackedEvents }
  /** One of the part's chunks, as the page holds it, before the first rows that read it. */
  | { type: 'chunk'; index: number; packed: PackedEvents }
  /** The next rows to write: places in the part's chunks. */
  | { type: 'rows'; rows: Int32Array }
  /** Chunks the part's later rows do not read. */
  | { type: 'drop'; chunks: number[] }
  | { type: 'end' };

export type WriterReply =
  { type: 'ack'; events: number } | { type: 'done'; blob: Blob } | { type: 'error'; message: string };

/**
 * Writes an export as its events arrive, a chunk at a time, into Blobs: each chunk's text is
 * handed to a Blob and dropped, so a million rows never sit in memory as one string. The
 * same code runs in the export worker and, where there are no workers, in place.
 */
export function exportWriter(reply: (r: WriterReply) => void): (m: WriterMessage) => void {
  let start: Extract<WriterMessage, { type: 'start' }> | null = null;
  let context: CsvContext | null = null;
  let chunks: ArrivingChunks | null = null;
  let first = true;
  // Each chunk's text becomes a Blob at once, and the file one Blob of those at the end: no
  // text is held, and no Blob wraps the one before.
  let parts: Blob[] = [];
  const blobs = new TextBlobs();
  const add = (text: string) => {
    parts.push(blobs.of(text));
  };
  const read = (rows: Int32Array): DrawdownEvent[] => {
    const from = chunks;
    if (!from) throw new Error('rows outside a part');
    return Array.from(rows, (i) => from.get(i));
  };
  return (m) => {
    try {
      if (m.type === 'start') {
        start = m;
        first = true;
        parts = [];
        add(m.kind === 'csv' ? csvHead() : m.prefix);
      } else if (m.type === 'part') {
        context = m.context;
        chunks = m.firsts ? new ArrivingChunks(m.firsts) : null;
      } else if (m.type === 'chunk') {
        if (!chunks) throw new Error('a chunk outside a part');
        chunks.put(m.index, m.packed);
      } else if (m.type === 'drop') {
        for (const c of m.chunks) chunks?.drop(c);
      } else if (m.type === 'events' || m.type === 'rows') {
        const events = m.type === 'events' ? unpackEvents(m.packed) : read(m.rows);
        if (start?.kind === 'csv') {
          if (!context) throw new Error('events before their part');
          if (events.length) add(`${unparseRows(csvRows(context, events, start.stamp), false)}\r\n`);
        } else {
          // As JSON.stringify(dataset, null, 2) writes an array's items two levels down.
          let text = '';
          for (const e of events) {
            text += `${first ? '' : ','}\n    ${JSON.stringify(e, null, 2).replace(/\n/g, '\n    ')}`;
            first = false;
          }
          add(text);
        }
        reply({ type: 'ack', events: events.length });
      } else {
        if (start?.kind === 'json') add(`${first ? '' : '\n  '}${start.suffix}`);
        reply({ type: 'done', blob: new Blob(parts) });
        blobs.release();
      }
    } catch (e) {
      reply({ type: 'error', message: (e as Error).message });
    }
  };
}
