import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { newQueryClient } from '../lib/dataset/api';
import { I18nextProvider } from 'react-i18next';
import { useState, type ReactNode } from 'react';
import type { ViewKey } from '../components/view-section';
import { initI18n } from '../lib/i18n';
import { ViewActionsContext } from '../components/view-section';
import { ExportMenu } from '../features/briefing/export-menu';

const exportMenu = (view: ViewKey) => <ExportMenu view={view} />;

export function AppProviders({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? newQueryClient());
  const [i18n] = useState(() => initI18n());
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        {/* Each view's heading carries the briefing feature's export menu. */}
        <ViewActionsContext value={exportMenu}>{children}</ViewActionsContext>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
