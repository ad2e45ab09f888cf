/// <reference lib="webworker" />
import { DatasetError } from './errors';
import { parseText } from './parse-core';

export type WorkerReply =
  | { ok: true; parsed: ReturnType<typeof parseText> }
  | { ok: false; kind: DatasetError['kind']; detail: string };

// Validation of a large file takes long enough to freeze the page: it happens here.
self.onmessage = (e: MessageEvent<{ text: string; origin: string }>) => {
  try {
    const parsed = parseText(e.data.text, e.data.origin);
    const reply: WorkerReply = { ok: true, parsed };
    (self as unknown as Worker).postMessage(reply, [parsed.pre.start.buffer, parsed.pre.end.buffer]);
  } catch (err) {
    const reply: WorkerReply =
      err instanceof DatasetError
        ? { ok: false, kind: err.kind, detail: err.detail }
        : { ok: false, kind: 'invalid', detail: (err as Error).message };
    (self as unknown as Worker).postMessage(reply);
  }
};
