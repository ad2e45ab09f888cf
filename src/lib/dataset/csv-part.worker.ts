/// <reference lib="webworker" />
import type { Dataset } from './schema';
import type { Governorates } from '../import/governorates';
import type { eventRows } from '../import/import-csv';
import type { CsvText } from '../import/csv-read';
import type { PartResult } from '../import/parts';
import type { RowsChunk } from '../import/split-csv';
import type { PartChunk } from './part-chunk';
import type { Check } from './check-reason';
import type { DayOrderSeen } from '../import/dates';

/** A part of a CSV read in parts (see csv-parts.ts, parts.ts): what it reads rows with. */
export interface PartRequest {
  file: string;
  radiusKm: number;
  geo: Governorates;
  reference: Dataset;
  /** Settled from the whole file's beginning, so that every part reads dates alike. */
  dayOrder: DayOrderSeen | null;
}
export type PartInput =
  PartRequest | { header: readonly string[]; text: CsvText } | { rows: RowsChunk } | { end: true };
export type PartReply =
  | PartChunk
  | { done: PartResult }
  | { failed: string; check?: Check }
  /** A chunk's buffer, read: the reader copies another chunk into it. */
  | { spare: ArrayBuffer };

const post = (reply: PartReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

// The code loads while the first rows are found; messages wait for it, in order.
const ready = Promise.all([
  import('../import/import-csv'),
  import('../import/split-csv'),
  import('./part-chunk'),
]);
let reader: ReturnType<typeof eventRows> | null = null;
let text: CsvText | null = null;
let queue = Promise.resolve();

self.onmessage = (e: MessageEvent<PartInput>) => {
  const m = e.data;
  queue = queue
    .then(() => take(m))
    .catch((err: unknown) =>
      // A refusal (FatalDatasetError) carries its codes; the class is not loaded here for it.
      post({ failed: (err as Error).message, check: (err as { check?: Check }).check }),
    );
};

async function take(m: PartInput): Promise<void> {
  const [csv, split, { PartChunker }] = await ready;
  if ('geo' in m) {
    const chunker = new PartChunker();
    reader = csv.eventRows({
      ...m,
      part: {
        onChunk: (events, chunk, context) => {
          const made = chunker.make(events, chunk, context);
          post(made.chunk, made.transfer);
        },
      },
    });
  } else if ('header' in m) {
    text = m.text;
    reader!.header(m.header, m.text);
  } else if ('rows' in m) {
    split.readChunk(m.rows, text!, (cells, rowNumber, quoteError) =>
      reader!.row(cells, rowNumber, 0, 0, quoteError),
    );
    reader!.endChunk(m.rows.chunk);
    const spare = m.rows.bytes.buffer as ArrayBuffer;
    post({ spare }, [spare]);
  } else {
    const r = reader!.finish();
    post({ done: { data: r.data, rejected: r.rejected, outsideIraq: r.outsideIraq, part: r.part! } });
  }
}
