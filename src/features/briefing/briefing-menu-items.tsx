import { useTranslation } from 'react-i18next';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { fingerprint, linkWithHash, stampFor } from '../../lib/dataset/fingerprint';
import { download } from '../../lib/download';
import { fileNameFor } from './caption';
import { useBriefingStore } from './store';
import { failure } from './export-failure';
import { useImageExport } from './use-export';
import { useVideoExport } from './use-video-export';
import { usePairedExport } from './use-paired-export';
import { memoFilter } from '../../lib/filters/use-filtered';
import { dateById } from '../../lib/dataset/indexes';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { isolate } from '../../lib/format';
import { useLayers, useVisibleLayers } from '../../lib/layers/use-layers';
import { MAIN } from '../../lib/layers/layer-ref';
import type { ExportSource, ExportSpec } from './stream-export';
import { printBriefing } from './print-briefing';
import { stampReady } from './print-caption-body';

const SCALES = [1, 2, 3] as const;
const PAIRED = ['two', 'side'] as const;
/** The writers (and papaparse) load on first export: most sessions never export. */
const writers = () => import('./csv');

/** The items of the briefing menu (briefing-menu.tsx). */
export default function BriefingMenuItems() {
  const { t } = useTranslation();
  const { num, text } = useLocale();
  const loaded = useLoadedDataset();
  const { data, index } = loaded;
  const scale = useBriefingStore((s) => s.scale);
  const setScale = useBriefingStore((s) => s.setScale);
  const say = useBriefingStore((s) => s.say);
  const exportImage = useImageExport('dashboard');
  const exportVideo = useVideoExport('dashboard');
  const exportPaired = usePairedExport('dashboard');
  const paired = useBriefingStore((s) => s.paired);
  const setPaired = useBriefingStore((s) => s.setPaired);
  const dashboard = () => document.querySelector<HTMLElement>('.views');
  const layers = useVisibleLayers();
  const layered = useLayers().length > 1;
  /** Every visible event layer's filtered rows (counts are not events), with its name and file. */
  const sources = (s: ReturnType<typeof useViewStore.getState>): ExportSource[] =>
    layers
      .filter((l) => l.kind === 'events')
      .map((l) => ({
        data: l.loaded.data,
        events: l.loaded.index.events,
        rows: memoFilter(l.loaded.index, s),
        layer: layered
          ? { name: text(l.name), source: l.key === MAIN ? l.loaded.origin : l.ref.source }
          : undefined,
      }));
  /** What a JSON export says was shown beside it: every visible layer, its kind and its file. */
  const shownLayers = () =>
    layers.map((l) => ({
      name: text(l.name),
      source: l.key === MAIN ? l.loaded.origin : l.ref.source,
      kind: l.kind,
    }));

  /**
   * Saves the filtered events under a name that says what they are. The file is written in
   * a worker as the rows are handed over, with progress and a way to stop: a million rows
   * would otherwise hold the page for seconds.
   */
  const saveData = async (ext: 'csv' | 'json', type: string) => {
    const s = useViewStore.getState();
    const file = fileNameFor('events', s, data, ext);
    const abort = new AbortController();
    const { setProgress } = useBriefingStore.getState();
    const progress = (done: number, total: number) =>
      setProgress({ kind: 'rows', file, done, total, cancel: () => abort.abort() });
    const parts = ext === 'csv' ? sources(s) : null;
    const rows = memoFilter(index, s);
    // Shown at once: hashing the file for the stamp can take seconds on a large one.
    progress(0, parts ? parts.reduce((n, p) => n + p.rows.length, 0) : rows.length);
    try {
      const [stamp, { streamExport, ExportCancelled }, { subsetSkeleton }] = await Promise.all([
        stampFor(loaded, s.lang, s.digits),
        import('./stream-export'),
        writers(),
      ]);
      if (abort.signal.aborted) throw new ExportCancelled();
      let spec: ExportSpec;
      if (parts) spec = { kind: 'csv', sources: parts, stamp };
      else {
        // JSON holds one dataset, the first layer's; it names the others it was shown beside.
        const kept = new Uint8Array(index.events.length);
        for (const i of rows) kept[i] = 1;
        const has = (id: string) => kept[index.eventById.get(id) ?? -1] === 1;
        const stamped = layered ? { ...stamp, layers: shownLayers() } : stamp;
        const dataset = subsetSkeleton(data, has, dateById(index), stamped);
        spec = { kind: 'json', dataset, source: { data, events: index.events, rows } };
      }
      const blob = await streamExport(spec, progress, abort.signal);
      download(new Blob([blob], { type }), file);
      say('briefing.dataDownloaded', { file: isolate(file) });
    } catch (e) {
      if (abort.signal.aborted) say('briefing.exportCancelled');
      else say(...failure(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => void exportImage(dashboard(), 'download')}
      >
        {t('briefing.exportDashboard')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => void exportImage(dashboard(), 'copy')}>
        {t('briefing.copyImage')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => void exportPaired(dashboard())}>
        {t('briefing.exportDashboardPaired')}
      </button>
      <fieldset className="scale">
        <legend>{t('briefing.pairedAs')}</legend>
        {PAIRED.map((p) => (
          <label key={p} className="check">
            <input type="radio" name="paired" checked={paired === p} onChange={() => setPaired(p)} />
            {t(`briefing.paired.${p}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="btn btn-small" onClick={() => void exportVideo(dashboard())}>
        {t('briefing.exportDashboardVideo')}
      </button>
      <fieldset className="scale">
        <legend>{t('briefing.scale')}</legend>
        {SCALES.map((n) => (
          <label key={n} className="check">
            <input type="radio" name="scale" checked={scale === n} onChange={() => setScale(n)} />
            {t('briefing.scaleOption', { n: num(n) })}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => void printBriefing(() => stampReady(loaded))}
      >
        {t('briefing.print')}
      </button>
      <button
        type="button"
        className="btn btn-small"
        onClick={() =>
          void fingerprint(loaded)
            .then((h) => navigator.clipboard?.writeText(linkWithHash(h)))
            .then(() => say('briefing.linkCopied'))
            .catch((e: unknown) => say(...failure(e)))
        }
      >
        {t('briefing.copyLink')}
      </button>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => void saveData('csv', 'text/csv;charset=utf-8')}
      >
        {t('briefing.exportCsv')}
      </button>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => void saveData('json', 'application/json')}
      >
        {t('briefing.exportJson')}
      </button>
    </>
  );
}
