import { IndexBuilder } from './indexes';
import { unpackEvents } from './event-codec';
import { DatasetError } from './errors';
import type { WorkerReply, WorkerRequest } from './parse.worker';
import { useSourceStore } from './load-status';
import type { LoadedDataset } from './loaded-dataset';

/**
 * Loads a dataset through the parsing worker. Events arrive in chunks while the worker
 * checks the next ones; the index grows with each, and the loading screen counts them.
 */
export function loadInWorker(
  req: WorkerRequest,
  origin: string,
  transfer: Transferable[] = [],
): Promise<LoadedDataset> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    let done: LoadedDataset | null = null;
    const builder = new IndexBuilder();
    const { setChecked } = useSourceStore.getState();
    let checked = 0;
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (!m.ok) {
        worker.terminate();
        setChecked(null);
        reject(new DatasetError(m.kind, origin, m.detail, m.status));
      } else if ('events' in m) {
        const events = unpackEvents(m.events);
        builder.add(events);
        // A CSV counts the rows it has read; a JSON file, the events checked.
        checked += events.length;
        if (useSourceStore.getState().unit === 'events') setChecked(checked, 'events');
      } else if ('parsed' in m) {
        // The events, then the rest of the dataset; its search text follows last.
        const index = builder.finish(m.parsed.data);
        const data = { ...m.parsed.data, events: index.events };
        done = {
          data,
          rejected: m.parsed.rejected,
          origin,
          index,
          ...(m.parsed.imported ? { imported: m.parsed.imported } : {}),
          ...(m.parsed.counts ? { counts: m.parsed.counts } : {}),
        };
        setChecked(null);
        resolve(done);
      } else if ('rows' in m) {
        setChecked(m.rows, 'rows');
      } else {
        worker.terminate();
        // Kept packed: split into one string per event on the first search (searchText).
        if (done && !done.index.search) done.index.searchPacked = m.search;
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      setChecked(null);
      reject(new DatasetError('invalid', origin, e.message || 'the parser stopped'));
    };
    worker.postMessage(req, transfer);
  });
}
