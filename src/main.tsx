import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
import './app/app.css';
import { AppProviders } from './app/providers';
import { App } from './app/app';
import { DATASET_URL, datasetQueryOptions } from './lib/dataset/api';
import { useViewStore } from './lib/store/view-store';
import { readUrlIntoStore } from './app/url-sync';
import { prefetchBasemap } from './features/map/geo';

readUrlIntoStore();
// The dataset and the basemap start loading before React's first render, not after it.
const client = new QueryClient();
void client.prefetchQuery(datasetQueryOptions(useViewStore.getState().dataUrl ?? DATASET_URL));
prefetchBasemap(client);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders client={client}>
      <App />
    </AppProviders>
  </StrictMode>,
);
