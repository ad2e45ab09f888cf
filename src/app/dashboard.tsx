import { ViewBoundary } from '../components/view-boundary';
import { LazyPart, LazyView, preload, type ViewLoader } from '../components/lazy-view';
import { FilterBar } from '../features/filters/filter-bar';
import { PlaybackBar } from '../features/playback/playback-bar';
import { LayerList } from '../features/layers/layer-list';
import { useViewStore } from '../lib/store/view-store';
import { useLayers } from '../lib/layers/use-layers';
import { LoadedDatasetContext } from '../lib/dataset/loaded-dataset';
import { PrintCaption } from '../features/briefing/print-caption';
import { BriefingStatus } from '../features/briefing/briefing-status';
import './dashboard.css';
import './print.css';

// Leaflet and recharts are the heaviest pieces: they load when the dashboard first renders.
// (Starting them with the app measured no faster on the bundled data: their evaluation
// competes with the shell's. A large file, checked in a worker, starts them early.)
const loadMap: ViewLoader = () => import('../features/map/base-map').then((m) => m.default);
const loadTroops: ViewLoader = () => import('../features/troops/troop-chart').then((m) => m.TroopChart);
const loadAttacks: ViewLoader = () => import('../features/attacks/attack-chart').then((m) => m.AttackChart);
// The table (TanStack Table and Virtual), the detail panel and what sits below the views load
// the same way: the page's first script is what the shell needs, nothing more.
const loadDetail: ViewLoader = () => import('../features/detail/detail-panel').then((m) => m.DetailPanel);
const loadTable: ViewLoader = () =>
  import('../features/events/event-table').then((m) => {
    // The panel a row opens: fetched now, so the first click shows it at once.
    preload(loadDetail).catch(() => {});
    return m.EventTable;
  });
const loadCompare: ViewLoader = () => import('../features/compare/compare-view').then((m) => m.CompareView);
const loadNotes: ViewLoader = () => import('../features/notes/notes-panel').then((m) => m.NotesPanel);

/**
 * Starts loading the views' code early, for when the page waits on something else anyway:
 * a large dataset parsing in its worker leaves this thread idle for seconds.
 */
export function preloadViews() {
  // A failure is not reported here: each view loads again when it mounts, and says so there.
  for (const load of [loadMap, loadTroops, loadAttacks, loadTable]) preload(load).catch(() => {});
}

export function Dashboard() {
  const hasSelection = useViewStore((s) => s.selected !== null);
  const selectedLayer = useViewStore((s) => s.selectedLayer);
  const layers = useLayers();
  // An event of another layer is read in that layer's dataset.
  const detailData = selectedLayer ? layers.find((l) => l.key === selectedLayer)?.loaded : undefined;
  return (
    <div className="dashboard">
      <ViewBoundary>
        <PrintCaption />
        <BriefingStatus />
      </ViewBoundary>
      <div className="area-filters no-export">
        <ViewBoundary>
          <FilterBar />
        </ViewBoundary>
        <ViewBoundary>
          <PlaybackBar />
        </ViewBoundary>
        <ViewBoundary>
          <LayerList />
        </ViewBoundary>
      </div>
      {/* The four views: what the dashboard image shows. */}
      <div className="views">
        <LazyView area="area-troops" load={loadTroops} />
        <LazyView area="area-attacks" load={loadAttacks} />
        <LazyView area="area-map" load={loadMap} />
        <div className={`area-events${hasSelection ? ' with-detail' : ''}`}>
          <LazyPart load={loadTable} />
          {hasSelection &&
            (detailData ? (
              <LoadedDatasetContext value={detailData}>
                <LazyPart load={loadDetail} />
              </LoadedDatasetContext>
            ) : (
              <LazyPart load={loadDetail} />
            ))}
        </div>
      </div>
      <div className="area-compare">
        <LazyPart load={loadCompare} />
        <LazyPart load={loadNotes} />
      </div>
    </div>
  );
}
