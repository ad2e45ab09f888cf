import './dataset.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../lib/format';
import { DATASET_URL, useDataset } from '../../lib/dataset/api';
import { openedFile, showBundled, useSourceStore } from '../../lib/dataset/load-status';
import { openDatasetFile } from '../../lib/dataset/open-file';
import { useQueryClient } from '@tanstack/react-query';
import { useLoadProgress } from '../../lib/dataset/use-load-progress';
import { useViewStore } from '../../lib/store/view-store';
import { HashCheck } from './hash-check';
import { loadRejectedList, preloadRejectedList } from '../../components/lazy-rejected-list';
import { Reason } from '../../components/reason';
import { useLocale } from '../../lib/use-locale';
import { LazyPart, preload } from '../../components/lazy-view';

// An imported file's summary loads with its code: the bundled record, most often shown, has none.
const loadSummary = () => import('./import-summary').then((m) => m.ImportSummary);

/** Which dataset is on screen, what was set aside from it, and why a file did not open. */
export function DatasetBanner() {
  const { t } = useTranslation();
  const { num } = useLocale();
  const { data } = useDataset();
  const file = useSourceStore((s) => s.file);
  const reading = useSourceStore((s) => s.reading);
  const progress = useLoadProgress(reading);
  const failure = useSourceStore((s) => s.failure);
  const fail = useSourceStore((s) => s.fail);
  const dataUrl = useViewStore((s) => s.dataUrl);
  const notice = useSourceStore((s) => s.notice);
  const setNotice = useSourceStore((s) => s.setNotice);
  const other = file || (dataUrl && dataUrl !== DATASET_URL);
  const client = useQueryClient();
  // Fetched while the file is read, so that the summary shows with the data.
  useEffect(() => {
    if (!other) return;
    preload(loadSummary).catch(() => {});
    preloadRejectedList();
  }, [other]);
  return (
    <div className="dataset-banner no-export">
      {reading && (
        <p role="status">
          {t('dataset.reading', { name: isolate(reading) })} {progress}
        </p>
      )}
      {failure && (
        <div className="notice error" role="alert">
          <span>
            {t('dataset.openFailed', { name: isolate(failure.name) })}{' '}
            {'layersFull' in failure ? (
              t('dataset.layersFull', { n: num(failure.layersFull) })
            ) : (
              <Reason text={failure.reason} check={failure.check} />
            )}
            {/* The reason is a phrase: this ends its sentence and starts the next. */}
            {t('dataset.unchanged')}
          </span>
          <button type="button" className="btn btn-small" onClick={() => fail(null)}>
            {t('dataset.dismiss')}
          </button>
        </div>
      )}
      {notice && (
        <div className="notice" role="status">
          <span>{t(`dataset.${notice}`)}</span>
          <button type="button" className="btn btn-small" onClick={() => setNotice(null)}>
            {t('dataset.dismiss')}
          </button>
        </div>
      )}
      {other && (
        <div className="notice">
          <span>
            {file
              ? t('dataset.showingFile', { name: isolate(file.name) })
              : t('dataset.showingUrl', { name: isolate(dataUrl ?? '') })}
          </span>
          <button type="button" className="btn btn-small" onClick={showBundled}>
            {t('dataset.back')}
          </button>
        </div>
      )}
      {data && <HashCheck loaded={data} />}
      {data?.imported && (
        <LazyPart
          key={data.origin}
          load={loadSummary}
          props={{
            loaded: data,
            file: data.fileId !== undefined ? openedFile(data.fileId) : undefined,
            reopen: (f: File) => openDatasetFile(f, client),
          }}
        />
      )}
      {data && data.rejected.length > 0 && (
        <LazyPart
          key={`${data.origin} set aside`}
          load={loadRejectedList}
          props={{ origin: data.origin, rejected: data.rejected, imported: !!data.imported }}
        />
      )}
    </div>
  );
}
