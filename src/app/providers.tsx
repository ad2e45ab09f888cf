import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { useState, type ReactNode } from 'react';
import { initI18n, browserLang } from '../lib/i18n';
import { parseSearch } from '../lib/store/view-state';

export function AppProviders({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? new QueryClient());
  const [i18n] = useState(() => initI18n(parseSearch(window.location.search).state.lang ?? browserLang()));
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </QueryClientProvider>
  );
}
