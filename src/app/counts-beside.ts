import { useEffect } from 'react';
import type { LoadedDataset } from '../lib/dataset/loaded-dataset';
import { showBundled, useSourceStore } from '../lib/dataset/load-status';
import { useViewStore } from '../lib/store/view-store';

/**
 * Weekly counts cannot stand on their own (they are not events): counts linked with `?data=`
 * become a layer beside the curated record instead. (A counts file opened from disk never
 * becomes the main dataset: open-file.ts puts it beside.)
 */
export function useCountsBeside(main: LoadedDataset | undefined): void {
  useEffect(() => {
    if (!main?.counts) return;
    const { dataUrl, addLayer } = useViewStore.getState();
    if (dataUrl) addLayer(dataUrl, dataUrl);
    useSourceStore.getState().setNotice('countsAsLayer');
    showBundled();
  }, [main]);
}
