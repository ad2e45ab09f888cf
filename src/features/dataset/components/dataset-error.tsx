import { useTranslation } from 'react-i18next';
import { DatasetError } from '../../../lib/dataset/api';

const SHOWN = 50;

/** Explains why the dataset did not load, down to the record and field. */
export function DatasetErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const e =
    error instanceof DatasetError
      ? error
      : new DatasetError('network', '', String((error as Error)?.message ?? error));
  const message =
    e.kind === 'missing'
      ? t('error.missing', { url: e.url, status: e.status ?? '' })
      : e.kind === 'notJson'
        ? t('error.notJson', { url: e.url, detail: e.detail })
        : e.kind === 'invalid'
          ? t('error.invalid', { url: e.url, detail: e.detail })
          : t('error.network', { url: e.url, detail: e.detail });
  return (
    <section className="panel error-panel" role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">{t('error.title')}</h2>
      <p>{message}</p>
      {e.problems.length > 0 && (
        <table className="problems">
          <thead>
            <tr>
              <th scope="col">{t('error.record')}</th>
              <th scope="col">{t('error.field')}</th>
              <th scope="col">{t('error.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {e.problems.slice(0, SHOWN).map((p, i) => (
              <tr key={i}>
                <td dir="ltr">{p.record}</td>
                <td dir="ltr">{p.field}</td>
                <td dir="ltr">{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {e.problems.length > SHOWN && <p>{t('error.more', { n: e.problems.length - SHOWN })}</p>}
      <button type="button" className="btn" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </section>
  );
}
