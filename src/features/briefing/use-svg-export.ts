import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { stampFor } from '../../lib/dataset/fingerprint';
import { memoFilter } from '../../lib/filters/use-filtered';
import { dirOf } from '../../lib/i18n/languages';
import { download } from '../../lib/download';
import { useViewStore } from '../../lib/store/view-store';
import type { ViewKey } from '../../components/view-section';
import { captionFor, fileNameFor } from './caption';
import { chartSvg } from './svg-export';
import { useBriefingStore } from './store';
import { failure } from './export-failure';

/** A chart view as an SVG file, text kept as text, with its caption and stamp. */
export function useSvgExport(view: ViewKey) {
  const { t } = useTranslation();
  const loaded = useLoadedDataset();
  return useCallback(
    async (section: HTMLElement | null) => {
      if (!section) return;
      const { say } = useBriefingStore.getState();
      const s = useViewStore.getState();
      try {
        const stamp = await stampFor(loaded, s.lang, s.digits);
        const caption = captionFor(view, s, loaded.data, loaded.index, memoFilter(loaded.index, s), t, stamp);
        const svg = chartSvg(section, caption, {
          dir: dirOf(s.lang),
          brand: t('app.name'),
          font: getComputedStyle(document.documentElement).fontFamily,
        });
        const file = fileNameFor(view, s, loaded.data, 'svg');
        download(new Blob([svg], { type: 'image/svg+xml' }), file);
        say('briefing.imageDownloaded', { file });
      } catch (e) {
        say(...failure(e));
      }
    },
    [view, loaded, t],
  );
}
