/// <reference lib="webworker" />
import { DatasetError, fetchJsonLimited } from './errors';
import type { Parsed } from './parse-core';
import type { DrawdownEvent } from './schema';
import { packEvents, type PackedEvents } from './event-codec';

export type WorkerRequest = { text: string; origin: string } | { url: string };
export type WorkerReply =
  /** Valid events, in file order, as each chunk passes validation (see packEvents). */
  | { ok: true; events: PackedEvents }
  /** The rest of the dataset, its `events` left empty: they came in the chunks before. */
  | { ok: true; parsed: Parsed }
  | { ok: true; search: string[] }
  | { ok: false; kind: DatasetError['kind']; detail: string; status?: number };

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

// Reading and checking a large file takes long enough to freeze the page: it happens here.
// Each chunk of events is posted as soon as it passes, so the page takes one chunk in while
// the next is being checked, instead of receiving 100,000 records at the end in one piece.
self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  try {
    const raw = 'url' in req ? fetchJsonLimited(req.url) : null;
    raw?.catch(() => {}); // Reported where it is awaited below.
    // The validator (zod) is most of this worker's code: it loads once the download has
    // started, so that compiling it does not hold the request back.
    const { parseRaw, parseText } = await import('./parse-core');
    const onEvents = (events: DrawdownEvent[]) => {
      const packed = packEvents(events);
      post({ ok: true, events: packed }, [packed.lengths.buffer, packed.numbers.buffer]);
    };
    const parsed =
      'url' in req
        ? parseRaw(await raw, req.url, false, onEvents)
        : parseText(req.text, req.origin, false, onEvents);
    const { events, bases, provinces } = parsed.data;
    post({ ok: true, parsed: { ...parsed, data: { ...parsed.data, events: [] } } });
    // Search text comes last: the views can draw without it.
    const { searchStrings } = await import('./indexes');
    post({ ok: true, search: searchStrings(events, new Map(bases.map((b) => [b.id, b])), provinces) });
  } catch (err) {
    post(
      err instanceof DatasetError
        ? { ok: false, kind: err.kind, detail: err.detail, status: err.status }
        : { ok: false, kind: 'invalid', detail: (err as Error).message },
    );
  }
};
