import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewBoundary } from './view-boundary';

export type ViewLoader<P extends object = object> = () => Promise<ComponentType<P>>;
/** A loaded view's props: optional for a view that takes none. */
type PropsOf<P extends object> = object extends P ? { props?: P } : { props: P };

// Keyed by loader; each value is the component its loader resolved to.
const loaded = new Map<() => unknown, unknown>();

/**
 * Starts loading a view's code, in a task of its own; the view then renders at once when it
 * mounts. Each import adds its files' links to the page: the four views' at once (15 links)
 * made one task of 137 ms, traced beside a 100k-row CSV's chunks arriving, and the views
 * mounting together added them to the dashboard's first commit.
 */
export const preload = <P extends object>(load: ViewLoader<P>): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, 0)).then(load).then((view) => void loaded.set(load, view));

/**
 * Views mount one per task, each after the one before has committed: mounted together, a
 * large dataset's views and their charts' follow-up renders made one task of ~0.5 s at
 * 100,000 events (~0.3 s on the bundled data at start-up), where input waits for all of it.
 */
let turns: Promise<void> = Promise.resolve();
function takeTurn(): { ready: Promise<void>; done: () => void } {
  let done = () => {};
  const mine = new Promise<void>((resolve) => (done = resolve));
  // Two tasks after the view before commits: the work its commit schedules (the map's
  // boundaries, drawn once its panes exist) runs first, in a task of its own, instead of in
  // the next view's render (the map's and the table's together made one task of ~150 ms).
  const ready = turns.then(() => new Promise<void>((resolve) => setTimeout(() => setTimeout(resolve, 0), 0)));
  // A view that never commits (unmounted, failed) must not hold the others back.
  turns = ready.then(() => Promise.race([mine, new Promise<void>((r) => setTimeout(r, 1000))]));
  return { ready, done };
}

/** Tells its view's turn that the view has committed. */
function Committed({ done }: { done: () => void }) {
  useEffect(done, [done]);
  return null;
}

/**
 * A view whose code loads on demand, without Suspense: React holds back the reveal of a
 * suspended boundary for up to 300 ms after its fallback shows, which on start-up left the
 * finished views waiting a tenth of a second with nothing to do.
 */
function Loaded<P extends object>({ load, props }: { load: ViewLoader<P>; props?: P }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ view?: ComponentType<P>; error?: unknown; done?: () => void }>({});
  useEffect(() => {
    if (state.view) return;
    let live = true;
    const turn = takeTurn();
    Promise.all([preload(load), turn.ready]).then(
      () =>
        live
          ? setState({ view: loaded.get(load) as ComponentType<P> | undefined, done: turn.done })
          : turn.done(),
      (error: unknown) => {
        turn.done();
        if (live) setState({ error });
      },
    );
    return () => {
      live = false;
    };
  }, [load, state.view]);
  // A failed download reaches the view's error boundary, whose retry mounts this again.
  if (state.error) throw state.error;
  const View = state.view;
  if (View)
    return (
      <>
        <View {...(props as P)} />
        <Committed done={state.done!} />
      </>
    );
  // Code at hand, waiting only for its turn (a task or so): no message to flash.
  return loaded.has(load) ? <div aria-busy="true" /> : <p className="loading">{t('app.loading')}</p>;
}

/** A part of the page loaded on demand, with its own loading text and error boundary. */
export function LazyPart<P extends object = object>({ load, props }: { load: ViewLoader<P> } & PropsOf<P>) {
  return (
    <ViewBoundary>
      <Loaded load={load} props={props} />
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
