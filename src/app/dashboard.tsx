import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewBoundary } from '../components/view-boundary';
import { FilterBar } from '../features/filters/filter-bar';
import { TroopChart } from '../features/troops/troop-chart';
import { AttackChart } from '../features/attacks/attack-chart';
import { EventTable } from '../features/events/event-table';
import { DetailPanel } from '../features/detail/detail-panel';
import { useViewStore } from '../lib/store/view-store';
import { PrintCaption } from '../features/briefing/print-caption';
import { BriefingStatus } from '../components/briefing-status';
import './dashboard.css';
import './print.css';

// Leaflet is the heaviest piece; it loads after the shell and the charts.
const BaseMap = lazy(() => import('../features/map/base-map'));

export function Dashboard() {
  const { t } = useTranslation();
  const hasSelection = useViewStore((s) => s.selected !== null);
  return (
    <div className="dashboard">
      <PrintCaption />
      <BriefingStatus />
      <div className="area-filters no-export">
        <ViewBoundary>
          <FilterBar />
        </ViewBoundary>
      </div>
      {/* The four views: what the dashboard image shows. */}
      <div className="views">
        <div className="area-troops">
          <ViewBoundary>
            <TroopChart />
          </ViewBoundary>
        </div>
        <div className="area-attacks">
          <ViewBoundary>
            <AttackChart />
          </ViewBoundary>
        </div>
        <div className="area-map">
          <ViewBoundary>
            <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
              <BaseMap />
            </Suspense>
          </ViewBoundary>
        </div>
        <div className={`area-events${hasSelection ? ' with-detail' : ''}`}>
          <ViewBoundary>
            <EventTable />
          </ViewBoundary>
          {hasSelection && (
            <ViewBoundary>
              <DetailPanel />
            </ViewBoundary>
          )}
        </div>
      </div>
    </div>
  );
}
