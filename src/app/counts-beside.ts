import { useEffect } from 'react';
import type { LoadedDataset } from '../lib/dataset/loaded-dataset';
import { showBundled, useSourceStore } from '../lib/dataset/load-status';
import { fileKey } from '../lib/dataset/api';
import { useViewStore } from '../lib/store/view-store';

/**
 * Weekly counts cannot stand on their own (they are not events): a counts file opened on its
 * own, or linked with `?data=`, becomes a layer beside the curated record instead.
 */
export function useCountsBeside(main: LoadedDataset | undefined): void {
  useEffect(() => {
    if (!main?.counts) return;
    const { file } = useSourceStore.getState();
    const { dataUrl, addLayer } = useViewStore.getState();
    if (file) addLayer(fileKey(file.id), file.name);
    else if (dataUrl) addLayer(dataUrl, dataUrl);
    useSourceStore.getState().setNotice('countsAsLayer');
    showBundled();
  }, [main]);
}
