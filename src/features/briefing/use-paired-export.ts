import { useCallback } from 'react';
import i18next from 'i18next';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { stampFor } from '../../lib/dataset/fingerprint';
import { memoFilter } from '../../lib/filters/use-filtered';
import { dirOf, LANG_CODES } from '../../lib/i18n/languages';
import { switchLanguage } from '../../lib/i18n';
import { download } from '../../lib/download';
import { useViewStore } from '../../lib/store/view-store';
import { usePlaybackStore } from '../../lib/store/playback-store';
import type { ViewKey } from '../../components/view-section';
import { captionFor, fileNameFor } from './caption';
import { canvasToPng, renderFramedCanvas } from './render-image';
import { painted } from '../../lib/painted';
import { useBriefingStore } from './store';
import { ExportFailure, failure } from './export-failure';

/**
 * One view (or the dashboard) in English and in Arabic from the same filter state: the page
 * switches language, draws each, and switches back. Two PNGs, or one image with the two side
 * by side (English on the left, Arabic on the right), as the analyst chose.
 */
export function usePairedExport(view: ViewKey) {
  const loaded = useLoadedDataset();
  return useCallback(
    async (node: HTMLElement | null) => {
      if (!node) return;
      const { say, scale, paired } = useBriefingStore.getState();
      const start = useViewStore.getState();
      say('briefing.working');
      const canvases: HTMLCanvasElement[] = [];
      usePlaybackStore.getState().set({ exporting: true });
      try {
        for (const lang of LANG_CODES) {
          // (Only a language loaded later can fail here: the page is in the other one.)
          if (!(await switchLanguage(lang))) throw new ExportFailure(`briefing.stringsFailed.${lang}`);
          await painted();
          const s = useViewStore.getState();
          const tl = i18next.getFixedT(lang);
          const stamp = await stampFor(loaded, lang, s.digits);
          const caption = captionFor(
            view,
            s,
            loaded.data,
            loaded.index,
            memoFilter(loaded.index, s),
            tl,
            stamp,
          );
          canvases.push(
            await renderFramedCanvas(node, caption, { scale, lang, dir: dirOf(lang), brand: tl('app.name') }),
          );
        }
      } catch (e) {
        say(...failure(e));
        return;
      } finally {
        useViewStore.getState().setLang(start.lang);
        usePlaybackStore.getState().set({ exporting: false });
      }
      const base = fileNameFor(view, start, loaded.data, 'png').replace(/\.png$/, '');
      if (paired === 'side') {
        const out = document.createElement('canvas');
        out.width = canvases.reduce((w, c) => w + c.width, 0);
        out.height = Math.max(...canvases.map((c) => c.height));
        const ctx = out.getContext('2d')!;
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, out.width, out.height);
        let x = 0;
        for (const c of canvases) {
          ctx.drawImage(c, x, 0);
          x += c.width;
        }
        const file = `${base}-en+ar.png`;
        download(await canvasToPng(out), file);
        say('briefing.imageDownloaded', { file });
      } else {
        const files = LANG_CODES.map((l) => `${base}-${l}.png`);
        for (const [k, c] of canvases.entries()) download(await canvasToPng(c), files[k]!);
        say('briefing.pairedDownloaded', { files: files.join(', ') });
      }
    },
    [view, loaded],
  );
}
