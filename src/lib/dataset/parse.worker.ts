/// <reference lib="webworker" />
import { DatasetError } from './errors';
import { MAX_FILE_BYTES, parseRaw, parseText } from './parse-core';
import { searchStrings } from './indexes';

export type WorkerRequest = { text: string; origin: string } | { url: string };
export type WorkerReply =
  | { ok: true; parsed: ReturnType<typeof parseText> }
  | { ok: true; search: string[] }
  | { ok: false; kind: DatasetError['kind']; detail: string; status?: number };

async function load(req: WorkerRequest) {
  if ('text' in req) return parseText(req.text, req.origin, false);
  // Fetching here keeps a large file's text off the page's thread altogether.
  let res: Response;
  try {
    res = await fetch(req.url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new DatasetError('network', req.url, (e as Error).message);
  }
  if (!res.ok) throw new DatasetError('missing', req.url, res.statusText, res.status);
  if (Number(res.headers.get('content-length')) > MAX_FILE_BYTES)
    throw new DatasetError('invalid', req.url, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
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
