/// <reference lib="webworker" />
import { DatasetError } from './errors';
import { parseText } from './parse-core';

export type WorkerRequest = { text: string; origin: string } | { url: string };
export type WorkerReply =
  | { ok: true; parsed: ReturnType<typeof parseText> }
  | { ok: false; kind: DatasetError['kind']; detail: string; status?: number };

async function load(req: WorkerRequest) {
  if ('text' in req) return parseText(req.text, req.origin);
  // Fetching here keeps a large file's text off the page's thread altogether.
  let res: Response;
  try {
    res = await fetch(req.url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new DatasetError('network', req.url, (e as Error).message);
  }
  if (!res.ok) throw new DatasetError('missing', req.url, res.statusText, res.status);
  return parseText(await res.text(), req.url);
}

// Validation of a large file takes long enough to freeze the page: it happens here.
self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
    (self as unknown as Worker).postMessage(reply, transfer);
  try {
    const parsed = await load(e.data);
    post({ ok: true, parsed }, [parsed.pre.start.buffer, parsed.pre.end.buffer]);
  } catch (err) {
    post(
      err instanceof DatasetError
        ? { ok: false, kind: err.kind, detail: err.detail, status: err.status }
        : { ok: false, kind: 'invalid', detail: (err as Error).message },
    );
  }
};
