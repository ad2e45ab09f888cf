import type { QueryClient } from '@tanstack/react-query';
import { DatasetError, datasetQueryOptions, fileKey, parseDataset } from './api';
import { checkSize } from './errors';
import { newFileId, rememberFile, useSourceStore } from './load-status';
import { useViewStore } from '../store/view-store';

/**
 * Reads a dataset file the analyst chose and shows it. A file that is not a Drawdown dataset
 * leaves the dataset on screen as it was and says why.
 */
export async function openDatasetFile(file: File, client: QueryClient): Promise<void> {
  const store = useSourceStore.getState();
  store.setReading(file.name);
  try {
    checkSize(file.size, file.name);
    const radius = useViewStore.getState().radiusKm;
    const id = newFileId();
    rememberFile(id, file);
    const loaded = { ...(await parseDataset(await file.text(), file.name, radius)), fileId: id };
    client.setQueryData(datasetQueryOptions(fileKey(id), radius).queryKey, loaded);
    store.showFile(file.name, id);
  } catch (e) {
    const reason = e instanceof DatasetError ? e.detail : (e as Error).message;
    store.fail({ name: file.name, reason });
  }
}
