import { createContext, useContext, useId, type ReactNode } from 'react';
import { useFiltersSettling } from '../lib/filters/use-filtered';
import { useLasting } from '../lib/hooks/use-lasting';

/** The views an analyst can export on their own, and the dashboard that holds them. */
export type ViewKey = 'dashboard' | 'troops' | 'attacks' | 'map' | 'events';

/**
 * The actions each view's heading carries (export, for now). The shell provides them, so a
 * view never imports another feature: features meet only through shared code and the store.
 */
export const ViewActionsContext = createContext<((view: ViewKey) => ReactNode) | null>(null);

const DIM_AFTER_MS = 200;

/** A view: a section whose heading names it, so users and tests find it the same way. */
export function ViewSection({
  title,
  className,
  view,
  actions,
  busy = false,
  children,
}: {
  title: string;
  className?: string;
  /** Which view this is, for its actions; none for a panel that is not a view of its own. */
  view?: ViewKey;
  actions?: ReactNode;
  /** Busy for a reason of its own (the table making a sort's column). */
  busy?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  const actionsFor = useContext(ViewActionsContext);
  // Busy while its rows catch up with a filter change (a large file's take a moment).
  const settling = useFiltersSettling();
  // Dimmed only when the wait lasts long enough to notice. A CSS transition delayed on
  // aria-busy did the same, but each click then gave every view a layer of its own to
  // animate, and its pixels were drawn again: 20-60 ms of compositing per filter change.
  const dim = useLasting(settling || busy, DIM_AFTER_MS);
  return (
    <section
      className={`panel view ${className ?? ''}`}
      aria-labelledby={id}
      aria-busy={settling || busy || undefined}
      data-dim={dim || undefined}
    >
      <div className="view-head">
        <h2 id={id}>{title}</h2>
        {actions}
        {view && actionsFor?.(view)}
      </div>
      {children}
    </section>
  );
}
