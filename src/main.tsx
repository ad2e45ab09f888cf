import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
import './app/app.css';
import { AppProviders } from './app/providers';
import { App } from './app/app';
import { DATASET_URL, datasetQueryOptions, newQueryClient } from './lib/dataset/api';
import { useViewStore } from './lib/store/view-store';
import { loadLanguage } from './lib/i18n';
import { LANG_CODES } from './lib/i18n/languages';
import { readUrlIntoStore } from './app/url-sync';
import { prefetchBasemap } from './features/map/geo';

readUrlIntoStore();
// The dataset and the basemap start loading before React's first render, not after it.
const client = newQueryClient();
void client.prefetchQuery(datasetQueryOptions(useViewStore.getState().dataUrl ?? DATASET_URL));
prefetchBasemap(client);
// A page opened in Arabic renders its first frame in Arabic: its strings come first. Should
// they fail to download, the page opens in English rather than not at all.
await loadLanguage(useViewStore.getState().lang).catch(() => useViewStore.getState().setLang('en'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders client={client}>
      <App />
    </AppProviders>
  </StrictMode>,
);
// The other language's strings, once the page is idle: a switch then has them at hand.
const preload = () => LANG_CODES.forEach((lang) => loadLanguage(lang).catch(() => {}));
if (typeof requestIdleCallback === 'function') requestIdleCallback(preload, { timeout: 5000 });
else setTimeout(preload, 2000);
