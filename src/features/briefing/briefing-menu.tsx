import './briefing.css';
import { useTranslation } from 'react-i18next';
import { LazyMenu } from '../../components/lazy-menu';

const load = () => import('./briefing-menu-items').then((m) => m.default);

/**
 * Everything an analyst needs to take the current view into a brief. `shown`: the dataset's
 * key (datasetKey), for the items to be built afresh with each dataset.
 */
export function BriefingMenu({ shown }: { shown: number }) {
  const { t } = useTranslation();
  return (
    <LazyMenu
      className="briefing-menu no-export"
      summaryClassName="btn"
      label={t('briefing.label')}
      load={load}
      props={{}}
      itemsKey={shown}
    />
  );
}
