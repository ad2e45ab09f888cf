import { unpackEvents, type PackedEvents } from '../../lib/dataset/event-codec';
import type { Stamp } from '../../lib/dataset/fingerprint';
import { csvHead, csvRows, unparseRows, type CsvContext } from './csv';

/** What the page tells the export writer, in order: start, then parts and their events, then end. */
export type WriterMessage =
  | { type: 'start'; kind: 'csv'; stamp?: Stamp | undefined }
  /** A JSON export: the dataset's text around its events array, which the chunks fill. */
  | { type: 'start'; kind: 'json'; prefix: string; suffix: string }
  /** A CSV export's next layer: its places' names and its own name and file. */
  | { type: 'part'; context: CsvContext }
  | { type: 'events'; packed: PackedEvents }
  | { type: 'end' };

export type WriterReply =
  { type: 'ack'; events: number } | { type: 'done'; blob: Blob } | { type: 'error'; message: string };

/**
 * Writes an export as its events arrive, a chunk at a time, into a Blob: the text of one
 * chunk is handed to the Blob and dropped, so a million rows never sit in memory as one
 * string. The same code runs in the export worker and, where there are no workers, in place.
 */
export function exportWriter(reply: (r: WriterReply) => void): (m: WriterMessage) => void {
  let blob = new Blob([]);
  let start: Extract<WriterMessage, { type: 'start' }> | null = null;
  let context: CsvContext | null = null;
  let first = true;
  const add = (text: string) => {
    blob = new Blob([blob, text]);
  };
  return (m) => {
    try {
      if (m.type === 'start') {
        start = m;
        first = true;
        blob = new Blob([]);
        add(m.kind === 'csv' ? csvHead() : m.prefix);
      } else if (m.type === 'part') context = m.context;
      else if (m.type === 'events') {
        const events = unpackEvents(m.packed);
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
        reply({ type: 'done', blob });
      }
    } catch (e) {
      reply({ type: 'error', message: (e as Error).message });
    }
  };
}
