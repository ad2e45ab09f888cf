import { IndexBuilder } from './indexes';
import type { PackedStrings } from './event-codec';
import { DatasetError } from './errors';
import type { WorkerReply, WorkerRequest } from './parse.worker';
import { useSourceStore } from './load-status';
import { loadedFrom, type LoadedDataset } from './loaded-dataset';

/** The time a run of the index's last steps may take before it yields. */
const SLICE_MS = 40;

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
    // Each chunk's events are kept packed and its columns added to the index as it comes:
    // little work for the page, which never makes the events as objects (see EventList).
    let search: PackedStrings | null = null;
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (!m.ok) {
        worker.terminate();
        setChecked(null);
        reject(new DatasetError(m.kind, origin, m.detail, m.status));
      } else if ('events' in m) {
        builder.addPacked(m);
        // A CSV counts the rows it has read; a JSON file, the events checked.
        checked += m.columns.start.length;
        if (useSourceStore.getState().unit === 'events') setChecked(checked, 'events');
      } else if ('parsed' in m) {
        const { parsed } = m;
        // The index's last merges and columns a few at a time, yielding between them.
        const steps = builder.finishing(parsed.data);
        const step = () => {
          const t0 = performance.now();
          for (;;) {
            const r = steps.next();
            if (!r.done && performance.now() - t0 < SLICE_MS) continue;
            if (!r.done) return void setTimeout(step, 0);
            if (search) r.value.searchPacked = search;
            done = loadedFrom(parsed, r.value, origin);
            setChecked(null);
            return resolve(done);
          }
        };
        step();
      } else if ('rows' in m) {
        setChecked(m.rows, 'rows');
      } else {
        worker.terminate();
        // The search text comes last; kept packed, and split into one string per event on
        // the first search (searchText).
        if (!done) search = m.search;
        else if (!done.index.search) done.index.searchPacked = m.search;
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
