import { useTranslation } from 'react-i18next';
import { useDataset } from '../lib/dataset/api';
import { DatasetErrorPanel } from '../features/dataset/dataset-error';
import { Header } from './header';
import { Dashboard } from './dashboard';
import { useUrlSync } from './use-url-sync';
import { useLanguage } from './use-language';
import { UrlNotice } from './url-notice';
import { DatasetBanner } from '../features/dataset/dataset-banner';
import { DropZone } from '../features/dataset/drop-zone';

export function App() {
  const { t } = useTranslation();
  const [invalid, dismiss] = useUrlSync();
  useLanguage();
  const query = useDataset();
  return (
    <div className="app">
      <a className="skip-link" href="#views">
        {t('app.skipToContent')}
      </a>
      <Header />
      {invalid.length > 0 && <UrlNotice params={invalid} onDismiss={dismiss} />}
      <DatasetBanner />
      <DropZone />
      <main id="views">
        {query.isPending && <p className="loading">{t('app.loading')}</p>}
        {query.isError && <DatasetErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
        {query.isSuccess && <Dashboard />}
      </main>
    </div>
  );
}
