import './briefing.css';
import { useTranslation } from 'react-i18next';
import type { ViewKey } from '../../components/view-section';
import { LazyMenu } from '../../components/lazy-menu';

const load = () => import('./export-menu-items').then((m) => m.default);

/** Image export for the view it sits in (the nearest section). */
export function ExportMenu({ view }: { view: ViewKey }) {
  const { t } = useTranslation();
  return (
    <LazyMenu
      className="export-menu no-export"
      summaryClassName="btn btn-small"
      label={t('briefing.export')}
      load={load}
      props={{ view }}
    />
  );
}
