import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import type { DrawdownEvent } from '../../lib/dataset/schema';
import { useFilteredRows } from '../../lib/filters/use-filtered';
import { sortRows, type SortKey } from '../../lib/filters/sort-rows';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { ViewSection } from '../../components/view-section';
import { makeColumns, type Row } from './columns';
import { CaretIcon } from '../../components/icons';
import { useCursor } from '../../lib/hooks/use-cursor';
import './events.css';

const ROW_HEIGHT = 34;

export function EventTable() {
  const { t } = useTranslation();
  const { data, index } = useLoadedDataset();
  const { lang, locale, text, date, num } = useLocale();
  const selected = useViewStore((s) => s.selected);
  const select = useViewStore((s) => s.select);
  const rows = useFilteredRows(index);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'date', desc: false }]);
  const sort = sorting[0] ?? { id: 'date', desc: false };

  const label = useCallback(
    (e: DrawdownEvent, key: 'type' | 'governorate' | 'base' | 'title') =>
      key === 'type'
        ? t(`types.${e.type}`)
        : key === 'governorate'
          ? e.province && data.provinces[e.province]
            ? text(data.provinces[e.province]!.name)
            : ''
          : key === 'base'
            ? e.base && index.baseById.get(e.base)
              ? text(index.baseById.get(e.base)!.name)
              : ''
            : text(e.title),
    [t, text, data, index],
  );
  // Sorting runs on row indexes, not on table row objects: 100,000 events stay fast.
  // Only text columns depend on the language: sorting by date or a figure survives a switch.
  const byLabel = ['type', 'governorate', 'base', 'title'].includes(sort.id);
  const labelDep = byLabel ? label : null;
  const localeDep = byLabel ? locale : null;
  const sorted = useMemo(
    () => sortRows(index, rows, sort.id as SortKey, sort.desc, label, locale),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labelDep and localeDep stand for label and locale
    [index, rows, sort.id, sort.desc, labelDep, localeDep],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Render a first screenful before the scroll box is measured (and where it cannot be).
    initialRect: { width: 0, height: 480 },
  });
  const vItems = virtualizer.getVirtualItems();
  // The table model holds only the rows on screen.
  const windowRows = useMemo<Row[]>(
    () => vItems.map((v) => ({ i: sorted[v.index]!, e: index.events[sorted[v.index]!]!, lang })),
    [vItems, sorted, index, lang],
  );
  const onSelect = (id: string) => select(selected === id ? null : id);
  const columns = useMemo(
    () => makeColumns({ t, data, index, text, date, num }, onSelect, selected),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- onSelect only closes over selected
    [t, lang, data, index, text, date, num, selected],
  );
  const table = useReactTable({
    data: windowRows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => r.e.id,
    // Header clicks flip between ascending and descending; there is always an order.
    sortDescFirst: false,
    enableSortingRemoval: false,
  });
  const tableRows = table.getRowModel().rows;

  const selectedPos = useMemo(
    () => (selected && index.eventById.has(selected) ? sorted.indexOf(index.eventById.get(selected)!) : -1),
    [selected, sorted, index],
  );
  useEffect(() => {
    if (selectedPos >= 0) virtualizer.scrollToIndex(selectedPos, { align: 'auto' });
  }, [selectedPos, virtualizer]);

  // The playback cursor: the table scrolls to the latest event up to it (one linear pass,
  // whatever the sort) and marks the events of its trailing window.
  const cursor = useCursor();
  const [cFrom, cDay] = cursor ? [cursor.from, cursor.day] : [null, null];
  const cursorPos = useMemo(() => {
    if (cDay === null) return -1;
    let best = -1;
    for (let k = 0; k < sorted.length; k++) {
      const s = index.start[sorted[k]!]!;
      if (s <= cDay && (best < 0 || s >= index.start[sorted[best]!]!)) best = k;
    }
    return best;
  }, [cDay, sorted, index]);
  useEffect(() => {
    if (cursorPos >= 0 && selectedPos < 0) virtualizer.scrollToIndex(cursorPos, { align: 'center' });
  }, [cursorPos, selectedPos, virtualizer]);
  const rowClass = (id: string, i: number) => {
    const classes = [id === selected ? 'selected' : ''];
    if (cFrom !== null && cDay !== null && index.end[i]! >= cFrom && index.start[i]! <= cDay)
      classes.push(index.end[i]! >= cDay ? 'at-cursor' : 'in-window');
    return classes.filter(Boolean).join(' ') || undefined;
  };

  const padTop = vItems[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (vItems.at(-1)?.end ?? 0);
  const colCount = columns.length;

  return (
    <ViewSection title={t('events.title')} className="events-view" view="events">
      {/* A scrolling region must take keyboard focus so keyboard users can scroll it. */}
      <div
        className="table-scroll"
        ref={scrollRef}
        tabIndex={0}
        role="region"
        aria-label={t('events.listLabel')}
      >
        <table className="events-table" aria-rowcount={sorted.length + 1}>
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const dir = h.column.getIsSorted();
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                    >
                      {h.column.getCanSort() ? (
                        <button
                          type="button"
                          className="sort-button"
                          onClick={h.column.getToggleSortingHandler()}
                        >
                          {flexRender(h.column.columnDef.header, h.getContext())}
                          {dir && <CaretIcon dir={dir === 'asc' ? 'up' : 'down'} />}
                        </button>
                      ) : (
                        flexRender(h.column.columnDef.header, h.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={colCount} style={{ blockSize: padTop, padding: 0 }} />
              </tr>
            )}
            {tableRows.map((row, k) => (
              <tr
                key={row.id}
                aria-rowindex={(vItems[k]?.index ?? 0) + 2}
                className={rowClass(row.id, row.original.i)}
                aria-current={rowClass(row.id, row.original.i)?.includes('at-cursor') ? 'date' : undefined}
                onClick={() => onSelect(row.id)}
                style={{ blockSize: ROW_HEIGHT }}
              >
                {row.getVisibleCells().map((c) => (
                  <td
                    key={c.id}
                    className={(c.column.columnDef.meta as { className?: string } | undefined)?.className}
                  >
                    {flexRender(c.column.columnDef.cell, c.getContext())}
                  </td>
                ))}
              </tr>
            ))}
            {padBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={colCount} style={{ blockSize: padBottom, padding: 0 }} />
              </tr>
            )}
          </tbody>
        </table>
        {sorted.length === 0 && <p className="empty">{t('events.empty')}</p>}
      </div>
    </ViewSection>
  );
}
