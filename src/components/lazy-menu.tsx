import { useState } from 'react';
import { LazyPart, preload, type ViewLoader } from './lazy-view';

/**
 * A drop-down menu whose items load with their code the first time it opens (pointing at it
 * starts the download): the export machinery is most of a menu's weight, and most sessions
 * never open one. The items load as views do (LazyPart), not through Suspense, whose reveal
 * React may hold back 300 ms after a loading text.
 */
export function LazyMenu<P extends object>({
  className,
  summaryClassName,
  label,
  load,
  props,
  itemsKey,
}: {
  className: string;
  summaryClassName: string;
  label: string;
  load: ViewLoader<P>;
  props: P;
  /** Another key builds the items afresh, the summary (and the focus on it) kept. */
  itemsKey?: number;
}) {
  const [opened, setOpened] = useState(false);
  const prefetch = () => {
    // A failed download is reported when the menu opens (its error boundary).
    preload(load).catch(() => {});
  };
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className={summaryClassName} onPointerEnter={prefetch} onFocus={prefetch}>
        {label}
      </summary>
      <div className="menu-pop">{opened && <LazyPart<P> key={itemsKey} load={load} props={props} />}</div>
    </details>
  );
}
