import { assembleIndex, type DatasetIndex } from '../lib/dataset/indexes';
import { ColumnsBuilder } from '../lib/dataset/index-columns';
import { packEvents } from '../lib/dataset/event-pack';
import { PackedEventStore } from '../lib/dataset/event-store';
import type { Dataset } from '../lib/dataset/schema';

/**
 * A file as the parsing worker hands it to the page: chunks of uneven size, each packed with
 * its columns and new codes and cloned as postMessage clones it, indexed without ever making
 * the events as objects.
 */
export function viaWorker(data: Dataset): DatasetIndex {
  const columns = new ColumnsBuilder(data.bases);
  const events = new PackedEventStore();
  for (let i = 0, size = 1; i < data.events.length; i += size, size = (size * 5) % 997 || 3) {
    const chunk = data.events.slice(i, i + size);
    columns.add(chunk);
    events.add(structuredClone(packEvents(chunk)));
  }
  return assembleIndex(events, structuredClone(columns.finish()), data);
}
