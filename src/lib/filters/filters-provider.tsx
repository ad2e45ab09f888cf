import type { ReactNode } from 'react';
import { FiltersContext, SettlingContext, useSharedFilters } from './use-filtered';

/**
 * Hands the views the shared filters, deferred (see useEventFilters). Its children are
 * passed in, so a click renders this and the readers of what changed: the settling flag at
 * once, the filters when the deferred render comes.
 */
export function FiltersProvider({ children }: { children: ReactNode }) {
  const { deferred, settling } = useSharedFilters();
  return (
    <FiltersContext value={deferred}>
      <SettlingContext value={settling}>{children}</SettlingContext>
    </FiltersContext>
  );
}
