import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { stampFor } from '../../lib/dataset/fingerprint';
import { memoFilter } from '../../lib/filters/use-filtered';
import { useViewStore } from '../../lib/store/view-store';
import { dirOf } from '../../lib/i18n/languages';
import { download } from '../../lib/download';
import type { ViewKey } from '../../components/view-section';
import { captionFor, fileNameFor } from './caption';
import { copyPng, renderFramedPng } from './render-image';
import { useBriefingStore } from './store';
import { failure } from './export-failure';

/** Image export for one view: download or copy, framed by a caption in the active language. */
export function useImageExport(view: ViewKey) {
  const { t } = useTranslation();
  const loaded = useLoadedDataset();
  const { data, index } = loaded;
  const say = useBriefingStore((s) => s.say);
  return useCallback(
    async (node: HTMLElement | null, mode: 'download' | 'copy') => {
      if (!node) return;
      const state = useViewStore.getState();
      const rows = memoFilter(index, state);
      const stamp = await stampFor(loaded, state.lang, state.digits);
      const caption = captionFor(view, state, data, index, rows, t, stamp);
      const file = fileNameFor(view, state, data, 'png');
      say('briefing.working');
      try {
        const blob = await renderFramedPng(node, caption, {
          scale: useBriefingStore.getState().scale,
          lang: state.lang,
          dir: dirOf(state.lang),
          brand: t('app.name'),
        });
        if (mode === 'copy' && (await copyPng(blob))) say('briefing.imageCopied');
        else {
          download(blob, file);
          say(mode === 'copy' ? 'briefing.copyFellBack' : 'briefing.imageDownloaded', { file });
        }
      } catch (e) {
        say(...failure(e));
      }
    },
    [view, loaded, data, index, t, say],
  );
}
