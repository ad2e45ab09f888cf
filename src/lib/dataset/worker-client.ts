import { assembleIndex } from './indexes';
import type { PackedStrings } from './packed-strings';
import { SearchText } from '../search/search-text';
import { PackedEventStore } from './event-store';
import type { IndexColumns } from './index-columns';
import { DatasetError, refusal } from './errors';
import type { SetAside } from '../import/row-problem';
import type { WorkerReply, WorkerRequest } from './parse.worker';
import { useSourceStore, type LoadProgress } from './load-status';
import { loadedFrom, type LoadedDataset } from './loaded-dataset';
import { LoadSlots } from './load-slots';
import { latestEvery } from '../latest-every';

/** One load per core the page leaves free; a load waits 2 s at most (see LoadSlots). */
const slots = new LoadSlots(Math.max(1, (globalThis.navigator?.hardwareConcurrency || 2) - 1), 2000);

/**
 * How often a load's count ("4,000 rows read") is shown anew. Shown at each chunk, a million
 * rows' count was a render, a layout and a paint a thousand times over: in a 25 s load, ~2.5 s
 * of the page's thread and ~1 s of the compositor's, beside the busy workers.
 */
const PROGRESS_MS = 250;

/**
 * Loads a dataset through the parsing worker. Events arrive packed, in chunks, while the worker
 * checks the next ones, and are kept so (see PackedEventStore); the loading screen counts them.
 * The index's columns come whole at the end, built and sorted in the worker: the page only
 * puts the parts together.
 */
export async function loadInWorker(
  req: WorkerRequest,
  origin: string,
  transfer: Transferable[] = [],
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const end = await slots.take(signal);
  try {
    return await read(req, origin, transfer, signal);
  } finally {
    end();
  }
}

function read(
  req: WorkerRequest,
  origin: string,
  transfer: Transferable[],
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    const events = new PackedEventStore();
    let columns: IndexColumns | null = null;
    const { setProgress } = useSourceStore.getState();
    const progress = latestEvery<LoadProgress>(PROGRESS_MS, (p) => setProgress(origin, p));
    // A CSV counts the rows it has read; a JSON file, the events checked.
    let unit: LoadProgress['unit'] = 'events';
    const search: PackedStrings[] = [];
    const rejected: SetAside[] = [];
    const end = () => {
      worker.terminate();
      progress.cancel();
      setProgress(origin, null);
      signal?.removeEventListener('abort', stop);
    };
    // A load no view waits for any more (another file opened, the radius changed, a layer
    // removed) stops: its worker, and a CSV's part workers with it, would otherwise run on
    // to the end beside the next load.
    const stop = () => {
      end();
      reject(signal!.reason as Error);
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (!m.ok) {
        end();
        reject(new DatasetError(m.kind, origin, m.detail, m.status, m.check));
      } else if ('events' in m) {
        events.add(m.events);
        search.push(m.search);
        if (unit === 'events') progress.push({ n: events.length, unit });
      } else if ('index' in m) {
        columns = m.index;
      } else if ('rejected' in m) {
        for (const p of m.rejected) rejected.push(p);
      } else if ('parsed' in m) {
        end();
        const { parsed } = m;
        const index = assembleIndex(events, columns!, parsed.data);
        // Kept as the worker sent it, and searched so (see SearchText).
        index.search = new SearchText(search);
        resolve(loadedFrom({ ...parsed, rejected }, index, origin));
      } else {
        progress.push({ n: m.rows, unit: (unit = 'rows') });
      }
    };
    worker.onerror = (e) => {
      end();
      reject(
        e.message
          ? new DatasetError('invalid', origin, e.message)
          : refusal('invalid', origin, 'parserStopped'),
      );
    };
    worker.postMessage(req, transfer);
  });
}
