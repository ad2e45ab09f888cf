/// <reference lib="webworker" />
import { checkSize, DatasetError, fetchOk } from './errors';
import { parseRaw, parseText } from './parse-core';
import { searchStrings } from './indexes';

export type WorkerRequest = { text: string; origin: string } | { url: string };
export type WorkerReply =
  | { ok: true; parsed: ReturnType<typeof parseText> }
  | { ok: true; search: string[] }
  | { ok: false; kind: DatasetError['kind']; detail: string; status?: number };

async function load(req: WorkerRequest) {
  if ('text' in req) return parseText(req.text, req.origin, false);
  // Fetching here keeps a large file's text off the page's thread altogether.
  const res = await fetchOk(req.url);
  checkSize(Number(res.headers.get('content-length')), req.url);
  // The browser decodes and parses in one step, faster than text() then JSON.parse.
  let raw: unknown;
  try {
    raw = await res.json();
  } catch (e) {
    throw new DatasetError('notJson', req.url, (e as Error).message);
  }
  return parseRaw(raw, req.url, false);
}

// Validation of a large file takes long enough to freeze the page: it happens here.
self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
    (self as unknown as Worker).postMessage(reply, transfer);
  try {
    const parsed = await load(e.data);
    post({ ok: true, parsed }, [parsed.pre.start.buffer, parsed.pre.end.buffer]);
    // Search text comes second: the views can draw without it.
    const { events, bases, provinces } = parsed.data;
    post({ ok: true, search: searchStrings(events, new Map(bases.map((b) => [b.id, b])), provinces) });
  } catch (err) {
    post(
      err instanceof DatasetError
        ? { ok: false, kind: err.kind, detail: err.detail, status: err.status }
        : { ok: false, kind: 'invalid', detail: (err as Error).message },
    );
  }
};
