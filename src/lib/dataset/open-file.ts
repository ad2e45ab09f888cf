import type { QueryClient } from '@tanstack/react-query';
import { DatasetError, datasetQueryOptions, fileKey, parseDatasetFile } from './api';
import { checkSize } from './errors';
import { newFileId, rememberFile, useSourceStore } from './load-status';
import { useViewStore } from '../store/view-store';
import { MAX_LAYERS } from '../layers/layer-ref';

/** A file opened on its own replaces the dataset on screen; a layer goes beside it. */
export const OPEN_MODES = ['own', 'layer'] as const;
export type OpenMode = (typeof OPEN_MODES)[number];

/** The file being read to be shown on its own: a second one chosen meanwhile stops it. */
let reading: AbortController | null = null;

/**
 * Reads a dataset file the analyst chose and shows it, on its own or as a layer. A file that
 * is not a dataset leaves the screen as it was and says why. Weekly counts are not events:
 * opened on their own, they become a layer beside the dataset on screen.
 */
export async function openDatasetFile(
  file: File,
  client: QueryClient,
  mode: OpenMode = 'own',
): Promise<void> {
  const store = useSourceStore.getState();
  store.setReading(file.name);
  const own = new AbortController();
  if (mode === 'own') {
    reading?.abort();
    reading = own;
  }
  try {
    checkSize(file.size, file.name);
    const radius = useViewStore.getState().radiusKm;
    const id = newFileId();
    rememberFile(id, file);
    const loaded = { ...(await parseDatasetFile(file, radius, own.signal)), fileId: id };
    client.setQueryData(datasetQueryOptions(fileKey(id), radius).queryKey, loaded);
    if (mode === 'own' && !loaded.counts) return store.showFile(file.name, id);
    const view = useViewStore.getState();
    // A link named this local file: it takes the missing layer's place, colour and name.
    const missing = view.layers.find((l) => l.key === `missing:${file.name}`);
    if (missing) view.replaceLayerKey(missing.key, fileKey(id));
    else if (view.layers.length >= MAX_LAYERS) return store.fail({ name: file.name, layersFull: MAX_LAYERS });
    else view.addLayer(fileKey(id), file.name);
    store.setReading(null);
    if (mode === 'own') store.setNotice('countsAsLayer');
  } catch (e) {
    // Stopped for the file chosen after it, which says how it goes.
    if (own.signal.aborted) return;
    store.fail(
      e instanceof DatasetError
        ? { name: file.name, reason: e.detail, check: e.check }
        : { name: file.name, reason: (e as Error).message },
    );
  } finally {
    if (reading === own) reading = null;
  }
}
