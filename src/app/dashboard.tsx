import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewBoundary } from '../components/view-boundary';
import { FilterBar } from '../features/filters/filter-bar';
import { EventTable } from '../features/events/event-table';
import { DetailPanel } from '../features/detail/detail-panel';
import { useViewStore } from '../lib/store/view-store';
import { PrintCaption } from '../features/briefing/print-caption';
import { BriefingStatus } from '../components/briefing-status';
import './dashboard.css';
import './print.css';

// Leaflet and recharts are the heaviest pieces: they load when the dashboard first renders.
// (Importing them at start-up was measured slower: their evaluation competes with the shell.)
const loadMap = () => import('../features/map/base-map');
const loadTroops = () => import('../features/troops/troop-chart');
const loadAttacks = () => import('../features/attacks/attack-chart');
const BaseMap = lazy(loadMap);
const TroopChart = lazy(() => loadTroops().then((m) => ({ default: m.TroopChart })));
const AttackChart = lazy(() => loadAttacks().then((m) => ({ default: m.AttackChart })));

/**
 * Starts loading the views' code early, for when the page waits on something else anyway:
 * a large dataset parsing in its worker leaves this thread idle for seconds.
 */
export function preloadViews() {
  void Promise.all([loadMap(), loadTroops(), loadAttacks()]).catch(() => {
    // The views' own Suspense boundaries load again and report a failure.
  });
}

/** A grid cell holding a lazily loaded view, with its own loading text and error boundary. */
function LazyView({ area, children }: { area: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={area}>
      <ViewBoundary>
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>{children}</Suspense>
      </ViewBoundary>
    </div>
  );
}

export function Dashboard() {
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
        <LazyView area="area-troops">
          <TroopChart />
        </LazyView>
        <LazyView area="area-attacks">
          <AttackChart />
        </LazyView>
        <LazyView area="area-map">
          <BaseMap />
        </LazyView>
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
