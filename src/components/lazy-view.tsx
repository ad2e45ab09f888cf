import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewBoundary } from './view-boundary';

export type ViewLoader = () => Promise<ComponentType>;

const loaded = new Map<ViewLoader, ComponentType>();

/** Starts loading a view's code; the view then renders at once when it mounts. */
export function preload(load: ViewLoader): Promise<void> {
  return load().then((view) => {
    loaded.set(load, view);
  });
}

/**
 * A view whose code loads on demand, without Suspense: React holds back the reveal of a
 * suspended boundary for up to 300 ms after its fallback shows, which on start-up left the
 * finished views waiting a tenth of a second with nothing to do.
 */
function Loaded({ load }: { load: ViewLoader }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ view?: ComponentType; error?: unknown }>(() => ({
    view: loaded.get(load),
  }));
  useEffect(() => {
    if (state.view) return;
    let live = true;
    preload(load).then(
      () => live && setState({ view: loaded.get(load) }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [load, state.view]);
  // A failed download reaches the view's error boundary, whose retry mounts this again.
  if (state.error) throw state.error;
  const View = state.view;
  return View ? <View /> : <p className="loading">{t('app.loading')}</p>;
}

/** A part of the page loaded on demand, with its own loading text and error boundary. */
export function LazyPart({ load }: { load: ViewLoader }) {
  return (
    <ViewBoundary>
      <Loaded load={load} />
    </ViewBoundary>
  );
}

/** A grid cell holding a view loaded on demand. */
export function LazyView({ area, load }: { area: string; load: ViewLoader }) {
  return (
    <div className={area}>
      <LazyPart load={load} />
    </div>
  );
}
