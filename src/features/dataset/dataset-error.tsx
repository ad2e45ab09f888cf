import './dataset.css';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../lib/format';
import { DatasetError } from '../../lib/dataset/api';
import { useReason } from '../../lib/hooks/use-reason';

/** Explains why the dataset did not load. */
export function DatasetErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const e =
    error instanceof DatasetError
      ? error
      : new DatasetError('network', '', String((error as Error)?.message ?? error));
  // The reason in the reader's language where Drawdown has the words (null while they load).
  const why = useReason(e.detail, e.check);
  const detail = why ? isolate(why.text) : '';
  const message =
    e.kind === 'missing'
      ? t('error.missing', { url: isolate(e.url), status: e.status ?? '' })
      : e.kind === 'notJson'
        ? t('error.notJson', { url: isolate(e.url), detail })
        : e.kind === 'invalid'
          ? t('error.invalid', { url: isolate(e.url), detail })
          : t('error.network', { url: isolate(e.url), detail });
  return (
    <section className="panel error-panel" role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">{t('error.title')}</h2>
      {why && <p>{message}</p>}
      <button type="button" className="btn" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </section>
  );
}
