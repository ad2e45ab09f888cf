import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/**
 * A virtual table body: only the rows on screen (and a dozen either side) are rendered; the
 * rest are two spacer heights. For the event table and a count layer's table.
 */
export function useVirtualRows(count: number, rowHeight: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    // Render a first screenful before the scroll box is measured (and where it cannot be).
    initialRect: { width: 0, height: 480 },
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return { scrollRef, virtualizer, items, padTop, padBottom };
}
