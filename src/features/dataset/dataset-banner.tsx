import './dataset.css';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../lib/format';
import { DATASET_URL, useDataset } from '../../lib/dataset/api';
import { showBundled, useSourceStore } from '../../lib/dataset/load-status';
import { useLoadProgress } from '../../lib/dataset/use-load-progress';
import { download } from '../../lib/download';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { ImportSummary } from './import-summary';
import { HashCheck } from './hash-check';

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
  const rejected = data?.rejected ?? [];
  const other = file || (dataUrl && dataUrl !== DATASET_URL);
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
            {t('dataset.openFailed', { name: isolate(failure.name) })} <span dir="ltr">{failure.reason}</span>{' '}
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
      {data?.imported && <ImportSummary key={data.origin} loaded={data} />}
      {rejected.length > 0 && (
        <details className="notice rejected">
          <summary>{t('dataset.rejected', { count: rejected.length, n: num(rejected.length) })}</summary>
          <p className="hint">{t('dataset.rejectedHint')}</p>
          <table className="problems">
            <thead>
              <tr>
                <th scope="col">{t('error.record')}</th>
                <th scope="col">{t('error.field')}</th>
                <th scope="col">{t('error.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rejected.slice(0, 200).map((r, i) => (
                <tr key={i}>
                  <td dir="ltr">{r.record}</td>
                  <td dir="ltr">{r.field}</td>
                  <td dir="ltr">{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rejected.length > 200 && <p>{t('error.more', { n: num(rejected.length - 200) })}</p>}
          <button
            type="button"
            className="btn btn-small"
            onClick={() =>
              download(
                new Blob([JSON.stringify({ origin: data?.origin, rejected }, null, 2)], {
                  type: 'application/json',
                }),
                'drawdown-rejected-records.json',
              )
            }
          >
            {t('dataset.downloadRejected')}
          </button>
        </details>
      )}
    </div>
  );
}
