import { useLayoutEffect, useMemo, useRef, useState } from 'react';

const OVERSCAN = 12;

export interface VirtualRow {
  index: number;
  start: number;
  end: number;
}

export interface RowScroller {
  /** The rows on screen, without the overscan: null before the first measurement. */
  range: { startIndex: number; endIndex: number } | null;
  scrollToIndex(index: number, options: { align: 'auto' | 'center' }): void;
}

/**
 * A virtual table body of rows of one height: only the rows on screen (and a dozen either
 * side) are rendered; the rest are two spacer heights. For the event table and a count
 * layer's table. Every row has the same height, so where a row is is arithmetic: nothing is
 * kept per row (a virtualizer that measures rows built an object per row, a million of
 * them on each filter change at a million events).
 */
export function useVirtualRows(count: number, rowHeight: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Render a first screenful before the scroll box is measured (and where it cannot be).
  const [view, setView] = useState({ top: 0, height: 480, measured: false });
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const read = () =>
      setView((v) =>
        v.measured && v.top === el.scrollTop && v.height === (el.clientHeight || 480)
          ? v
          : { top: el.scrollTop, height: el.clientHeight || 480, measured: true },
      );
    el.addEventListener('scroll', read, { passive: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(read);
    // The observer's first call measures the box once the page is laid out anyway: reading it
    // here, in the mount's own task, forced a layout of the whole page (~16 ms at start-up).
    if (ro) ro.observe(el);
    else read();
    return () => {
      el.removeEventListener('scroll', read);
      ro?.disconnect();
    };
  }, []);

  const first = Math.min(Math.max(0, Math.floor(view.top / rowHeight)), Math.max(0, count - 1));
  const last = Math.min(count - 1, Math.ceil((view.top + view.height) / rowHeight) - 1);
  const from = Math.max(0, first - OVERSCAN);
  const to = Math.min(count - 1, last + OVERSCAN);
  const items = useMemo(() => {
    const out: VirtualRow[] = [];
    for (let index = from; index <= to; index++)
      out.push({ index, start: index * rowHeight, end: (index + 1) * rowHeight });
    return out;
  }, [from, to, rowHeight]);

  // One scroller for the table's life: effects that scroll to a row run when the row changes,
  // not on every scroll. Its range is the latest rendered one.
  const range = useRef<RowScroller['range']>(null);
  useLayoutEffect(() => {
    range.current = view.measured && count > 0 ? { startIndex: first, endIndex: last } : null;
  });
  const virtualizer = useMemo<RowScroller>(
    () => ({
      get range() {
        return range.current;
      },
      scrollToIndex(index, { align }) {
        const el = scrollRef.current;
        if (!el) return;
        const top = index * rowHeight;
        const height = el.clientHeight;
        let to = el.scrollTop;
        if (align === 'center') to = top - (height - rowHeight) / 2;
        else if (top < el.scrollTop) to = top;
        else if (top + rowHeight > el.scrollTop + height) to = top + rowHeight - height;
        if (to !== el.scrollTop) el.scrollTop = Math.max(0, to);
      },
    }),
    [rowHeight],
  );

  const padTop = items[0]?.start ?? 0;
  const padBottom = count * rowHeight - (items.at(-1)?.end ?? 0);
  return { scrollRef, virtualizer, items, padTop, padBottom };
}
