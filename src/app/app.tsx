import { useDeferredValue, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '../lib/dataset/api';
import { LoadedDatasetContext, datasetKey } from '../lib/dataset/loaded-dataset';
import { showBundled, useSourceStore } from '../lib/dataset/load-status';
import { useLoadProgress } from '../lib/dataset/use-load-progress';
import { useViewStore } from '../lib/store/view-store';
import { ViewBoundary } from '../components/view-boundary';
import { DatasetErrorPanel } from '../features/dataset/dataset-error';
import { Header } from './header';
import { Dashboard, preloadViews } from './dashboard';
import { useSelectionCheck, useUrlSync } from './url-sync';
import { UrlNotice } from './url-notice';
import { DatasetBanner } from '../features/dataset/dataset-banner';
import { DropZone } from '../features/dataset/drop-zone';
import { LayersProvider } from '../lib/layers/layers-provider';
import { FiltersProvider } from '../lib/filters/filters-provider';
import { useCountsBeside } from './counts-beside';

/** The first load, counting the events or rows a large file's worker has read so far. */
function Loading() {
  const { t } = useTranslation();
  // A file on screen is read again when the attack radius changes (see datasetQueryOptions).
  const file = useSourceStore((s) => s.file?.name);
  const url = useViewStore((s) => s.dataUrl);
  const progress = useLoadProgress(file ?? url);
  // The views' code loads while a large file is checked, once its first events are in
  // (earlier, it would compete with the download for the same two cores).
  const checking = progress !== null;
  useEffect(() => {
    if (checking) preloadViews();
  }, [checking]);
  return (
    <p className="loading" role="status">
      {progress ? t('app.loadingProgress', { progress }) : t('app.loading')}
    </p>
  );
}

export function App() {
  const { t } = useTranslation();
  const [invalid, dismiss, flag] = useUrlSync();
  const query = useDataset();
  useSelectionCheck(query.data, flag);
  useCountsBeside(query.data);
  // A large dataset's first render is long (every view at once): deferred, React renders it
  // view by view and lets input through between them, instead of in one long task.
  const data = useDeferredValue(query.data);
  const shown = data && datasetKey(data);
  return (
    <LoadedDatasetContext value={data ?? null}>
      <LayersProvider main={data}>
        <FiltersProvider>
          <div className="app">
            <a className="skip-link" href="#views">
              {t('app.skipToContent')}
            </a>
            {/* Each part fails on its own: one bad string never blanks the page. */}
            <ViewBoundary onBack={showBundled}>
              <Header shown={shown} />
            </ViewBoundary>
            {/* What is shown and what was set aside is part of the page's content (main), not
                left outside every landmark. */}
            <main id="views">
              <ViewBoundary>
                {invalid.length > 0 && <UrlNotice params={invalid} onDismiss={dismiss} />}
                <DatasetBanner />
                <DropZone />
              </ViewBoundary>
              <div className="main-body">
                <ViewBoundary onBack={showBundled}>
                  {(query.isPending || (query.isSuccess && !data)) && <Loading />}
                  {query.isError && (
                    <DatasetErrorPanel error={query.error} onRetry={() => void query.refetch()} />
                  )}
                  {query.isSuccess && data && <Dashboard key={shown} />}
                </ViewBoundary>
              </div>
            </main>
          </div>
        </FiltersProvider>
      </LayersProvider>
    </LoadedDatasetContext>
  );
}
