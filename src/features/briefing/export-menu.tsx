import './briefing.css';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewKey } from '../../components/view-section';
import { LazyMenu } from '../../components/lazy-menu';

const load = () => import('./export-menu-items');
const Items = lazy(load);

/** Image export for the view it sits in (the nearest section). */
export function ExportMenu({ view }: { view: ViewKey }) {
  const { t } = useTranslation();
  return (
    <LazyMenu
      className="export-menu no-export"
      summaryClassName="btn btn-small"
      label={t('briefing.export')}
      prefetch={load}
      items={<Items view={view} />}
    />
  );
}
