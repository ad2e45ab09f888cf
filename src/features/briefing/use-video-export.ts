import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { linkWithHash, stampFor } from '../../lib/dataset/fingerprint';
import { dayRange, dayToIso } from '../../lib/dates/partial-date';
import { memoFilter } from '../../lib/filters/use-filtered';
import { useViewStore } from '../../lib/store/view-store';
import { usePlaybackStore } from '../../lib/store/playback-store';
import { cursorSteps, playbackSpan } from '../../lib/playback';
import { dirOf } from '../../lib/i18n/languages';
import { download } from '../../lib/download';
import type { ViewKey } from '../../components/view-section';
import { captionFor, fileNameFor } from './caption';
import { renderFramedCanvas } from './render-image';
import { painted } from '../../lib/painted';
import { useBriefingStore } from './store';
import { failure } from './export-failure';

/**
 * Exports playback as a WebM video: the cursor steps (by the playback unit, over the date
 * range or else the playback span) and each step's view is drawn with its caption, which
 * names the date in words. Frames last 0.5 s at 1× and shorter at higher speeds.
 */
export function useVideoExport(view: ViewKey) {
  const { t } = useTranslation();
  const loaded = useLoadedDataset();
  const { data, index } = loaded;
  return useCallback(
    async (node: HTMLElement | null) => {
      if (!node) return;
      const { say, setProgress, scale } = useBriefingStore.getState();
      const start = useViewStore.getState();
      const { unit, speed } = usePlaybackStore.getState();
      usePlaybackStore.getState().set({ playing: false, exporting: true });
      const [lo, hi] =
        start.from && start.to ? [dayRange(start.from)[0], dayRange(start.to)[1]] : playbackSpan(data);
      const days = cursorSteps(lo, hi, unit);
      let cancelled = false;
      const file = fileNameFor(view, start, data, 'webm');
      const progress = (done: number) =>
        setProgress({ kind: 'video', file, done, total: days.length, cancel: () => (cancelled = true) });
      progress(0);
      const { startWebm } = await import('./encode-video');
      const encoder = await startWebm();
      if (!encoder) {
        usePlaybackStore.getState().set({ exporting: false });
        setProgress(null);
        say('briefing.videoUnsupported');
        return;
      }
      const stamp = await stampFor(loaded, start.lang, start.digits);
      const t0 = performance.now();
      try {
        for (const [k, day] of days.entries()) {
          if (cancelled) break;
          useViewStore.getState().setAt(dayToIso(day));
          await painted();
          const s = useViewStore.getState();
          const caption = captionFor(view, s, data, index, memoFilter(index, s), t, {
            ...stamp,
            link: linkWithHash(stamp.sha256),
          });
          const frame = await renderFramedCanvas(node, caption, {
            scale: Math.min(scale, 2),
            lang: s.lang,
            dir: dirOf(s.lang),
            brand: t('app.name'),
          });
          await encoder.add(frame, 0.5 / speed);
          progress(k + 1);
        }
        if (cancelled) {
          await encoder.cancel();
          say('briefing.videoCancelled');
        } else {
          download(await encoder.finish(), file);
          const seconds = Math.round((performance.now() - t0) / 100) / 10;
          say('briefing.videoDownloaded', { file, frames: days.length, seconds });
        }
      } catch (e) {
        await encoder.cancel().catch(() => {});
        say(...failure(e));
      } finally {
        useViewStore.getState().setAt(start.at);
        usePlaybackStore.getState().set({ exporting: false });
        setProgress(null);
      }
    },
    [view, loaded, data, index, t],
  );
}
