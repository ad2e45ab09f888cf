import './briefing.css';
import { useTranslation } from 'react-i18next';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { fingerprint, linkWithHash, stampFor, type Stamp } from '../../lib/dataset/fingerprint';
import type { DrawdownEvent } from '../../lib/dataset/schema';
import { download } from '../../lib/download';
import { fileNameFor } from './caption';
import { useBriefingStore } from './store';
import { useImageExport } from './use-export';
import { useVideoExport } from './use-video-export';
import { usePairedExport } from './use-paired-export';
import { memoFilter } from '../../lib/filters/use-filtered';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { useLayers, useVisibleLayers } from '../../lib/layers/use-layers';
import { MAIN } from '../../lib/layers/layer-ref';
import type { CsvPart } from './csv';

const SCALES = [1, 2, 3] as const;
const PAIRED = ['two', 'side'] as const;
/** The writers (and papaparse) load on first export: most sessions never export. */
const writers = () => import('./csv');

/** Everything an analyst needs to take the current view into a brief. */
export function BriefingMenu() {
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
  /** Every visible event layer's filtered events (counts are not events), with its name and file. */
  const parts = (s: ReturnType<typeof useViewStore.getState>): CsvPart[] =>
    layers
      .filter((l) => l.kind === 'events')
      .map((l) => ({
        data: l.loaded.data,
        events: memoFilter(l.loaded.index, s).map((i) => l.loaded.index.events[i]!),
        ...(layered
          ? { layer: { name: text(l.name), source: l.key === MAIN ? l.loaded.origin : l.ref.source } }
          : {}),
      }));
  /** What a JSON export says was shown beside it: every visible layer, its kind and its file. */
  const shownLayers = () =>
    layers.map((l) => ({
      name: text(l.name),
      source: l.key === MAIN ? l.loaded.origin : l.ref.source,
      kind: l.kind,
    }));

  /** Saves the filtered events, written by `write`, under a name that says what they are. */
  const saveData = async (
    ext: 'csv' | 'json',
    type: string,
    write: (events: DrawdownEvent[], stamp: Stamp) => Promise<string>,
  ) => {
    const s = useViewStore.getState();
    const file = fileNameFor('events', s, data, ext);
    const stamp = await stampFor(loaded, s.lang, s.digits);
    download(
      new Blob(
        [
          await write(
            memoFilter(index, s).map((i) => index.events[i]!),
            stamp,
          ),
        ],
        { type },
      ),
      file,
    );
    say(t('briefing.dataDownloaded', { file }));
  };

  return (
    <details className="briefing-menu no-export">
      <summary className="btn">{t('briefing.label')}</summary>
      <div className="menu-pop">
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
        <button type="button" className="btn btn-small" onClick={() => window.print()}>
          {t('briefing.print')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() =>
            void fingerprint(loaded)
              .then((h) => navigator.clipboard?.writeText(linkWithHash(h)))
              .then(() => say(t('briefing.linkCopied')))
              .catch((e: Error) => say(t('briefing.failed', { detail: e.message })))
          }
        >
          {t('briefing.copyLink')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() =>
            void saveData('csv', 'text/csv;charset=utf-8', async (events, stamp) =>
              layered
                ? (await writers()).layersToCsv(parts(useViewStore.getState()), stamp)
                : (await writers()).eventsToCsv(data, events, stamp),
            )
          }
        >
          {t('briefing.exportCsv')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() =>
            void saveData('json', 'application/json', async (events, stamp) =>
              JSON.stringify(
                (await writers()).subsetDataset(
                  data,
                  events,
                  stamp && layered ? { ...stamp, layers: shownLayers() } : stamp,
                ),
                null,
                2,
              ),
            )
          }
        >
          {t('briefing.exportJson')}
        </button>
      </div>
    </details>
  );
}
