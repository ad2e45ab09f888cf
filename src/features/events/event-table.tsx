import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import {
  encodeRow,
  rowEvent,
  rowSource,
  sortRows,
  type CodeLabel,
  type SortKey,
} from '../../lib/filters/sort-rows';
import { MAIN } from '../../lib/layers/layer-ref';
import { useLayerRows } from '../../lib/layers/layer-rows';
import { useLayers, useVisibleLayers } from '../../lib/layers/use-layers';
import { CountTable } from './count-table';
import { TableLayerChoice } from './table-layer-choice';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { ViewSection } from '../../components/view-section';
import { useShownSort } from './use-shown-sort';
import { makeColumns, type Row } from './columns';
import { CaretIcon } from '../../components/icons';
import { useCursor } from '../../lib/hooks/use-cursor';
import { useVirtualRows } from '../../lib/hooks/use-virtual-rows';
import { PadRow } from '../../components/pad-row';
import './events.css';

const ROW_HEIGHT = 34;

export function EventTable() {
  const { t } = useTranslation();
  const { lang, locale, text, date, num } = useLocale();
  const all = useLayers();
  const visible = useVisibleLayers();
  const tableLayer = useViewStore((s) => s.tableLayer);
  const chosen = tableLayer ? visible.find((l) => l.key === tableLayer) : undefined;
  // Events of every visible event layer, or of the one chosen; counts have a table of their own.
  const eventLayers = useMemo(
    () => (chosen ? [chosen] : visible).filter((l) => l.kind === 'events'),
    [chosen, visible],
  );
  const perLayer = useLayerRows(eventLayers);
  const layered = all.length > 1;
  const selectedId = useViewStore((s) => s.selected);
  const selectedLayer = useViewStore((s) => s.selectedLayer) ?? MAIN;
  const select = useViewStore((s) => s.select);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'date', desc: false }]);
  const sort = sorting[0] ?? { id: 'date', desc: false };

  const sources = useMemo(
    () => perLayer.map(({ layer, rows }) => ({ index: layer.loaded.index, rows })),
    [perLayer],
  );
  const label = useCallback<CodeLabel>(
    (key, value, source) => {
      const { data, index } = perLayer[source]!.layer.loaded;
      const named =
        key === 'type' ? null : key === 'governorate' ? data.provinces[value] : index.baseById.get(value);
      return key === 'type' ? t(`types.${value}` as 'types.attack') : named ? text(named.name) : '';
    },
    [t, text, perLayer],
  );
  // A large layer's first sort by title or a figure makes its column first, in slices.
  const { shown, preparing } = useShownSort(
    sources,
    { id: sort.id as SortKey, desc: sort.desc },
    lang,
    locale,
  );
  // Sorting runs on row numbers, not on table row objects: 100,000 events stay fast.
  // Only text columns depend on the language: sorting by date or a figure survives a switch.
  const byLabel = ['type', 'governorate', 'base', 'title'].includes(shown.id);
  const labelDep = byLabel ? label : null;
  const localeDep = byLabel ? `${shown.locale} ${shown.lang}` : null;
  const sorted = useMemo(
    () => sortRows(sources, shown.id, shown.desc, label, shown.lang, shown.locale),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labelDep stands for label; localeDep for locale and the titles' language
    [sources, shown.id, shown.desc, labelDep, localeDep],
  );
  const layerOf = (r: number) => perLayer[rowSource(r)]!.layer;
  const indexOfRow = (r: number) => layerOf(r).loaded.index;

  const {
    scrollRef,
    virtualizer,
    items: vItems,
    padTop,
    padBottom,
  } = useVirtualRows(sorted.length, ROW_HEIGHT);
  // The table model holds only the rows on screen.
  const windowRows = useMemo<Row[]>(
    () =>
      vItems.map((v) => {
        const r = sorted[v.index]!;
        const layer = perLayer[rowSource(r)]!.layer;
        return { r, i: rowEvent(r), e: layer.loaded.index.events.get(rowEvent(r)), lang, layer };
      }),
    [vItems, sorted, perLayer, lang],
  );
  const isSelected = (row: Row) => row.e.id === selectedId && row.layer.key === selectedLayer;
  const onSelect = (row: Row) => select(isSelected(row) ? null : row.e.id, row.layer.key);
  const columns = useMemo(
    () => makeColumns({ t, text, date, num, layered }, onSelect, isSelected),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- onSelect and isSelected close over the selection
    [t, lang, text, date, num, layered, selectedId, selectedLayer],
  );
  const table = useReactTable({
    data: windowRows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => `${r.layer.key}\u0000${r.e.id}`,
    // Header clicks flip between ascending and descending; there is always an order.
    sortDescFirst: false,
    enableSortingRemoval: false,
  });
  const tableRows = table.getRowModel().rows;

  const selectedPos = useMemo(() => {
    const source = perLayer.findIndex((l) => l.layer.key === selectedLayer);
    const i =
      selectedId !== null ? perLayer[source]?.layer.loaded.index.eventById.get(selectedId) : undefined;
    return i === undefined ? -1 : sorted.indexOf(encodeRow(i, source));
  }, [selectedId, selectedLayer, sorted, perLayer]);
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
    let bestStart = -Infinity;
    for (let k = 0; k < sorted.length; k++) {
      const r = sorted[k]!;
      const s = perLayer[rowSource(r)]!.layer.loaded.index.start[rowEvent(r)]!;
      if (s <= cDay && (best < 0 || s >= bestStart)) [best, bestStart] = [k, s];
    }
    return best;
  }, [cDay, sorted, perLayer]);
  useEffect(() => {
    if (cursorPos < 0 || selectedPos >= 0) return;
    // Scrolling measures the whole page (a forced layout): only when the row is about to leave
    // the view, not on every step of playback.
    const r = virtualizer.range;
    if (r && cursorPos > r.startIndex && cursorPos < r.endIndex) return;
    virtualizer.scrollToIndex(cursorPos, { align: 'center' });
  }, [cursorPos, selectedPos, virtualizer]);
  const rowClass = (row: Row) => {
    const classes = [isSelected(row) ? 'selected' : ''];
    const index = indexOfRow(row.r);
    const i = row.i;
    if (cFrom !== null && cDay !== null && index.end[i]! >= cFrom && index.start[i]! <= cDay)
      classes.push(index.end[i]! >= cDay ? 'at-cursor' : 'in-window');
    return classes.filter(Boolean).join(' ') || undefined;
  };

  const colCount = columns.length;

  return (
    <ViewSection title={t('events.title')} className="events-view" view="events" busy={preparing}>
      {layered && <TableLayerChoice layers={visible} value={chosen?.key ?? null} />}
      {preparing && (
        <p className="hint" role="status">
          {t('events.sorting')}
        </p>
      )}
      {chosen?.kind === 'counts' ? (
        <CountTable layer={chosen} />
      ) : (
        <>
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
                <PadRow height={padTop} columns={colCount} />
                {tableRows.map((row, k) => (
                  <tr
                    key={row.id}
                    aria-rowindex={(vItems[k]?.index ?? 0) + 2}
                    className={rowClass(row.original)}
                    aria-current={rowClass(row.original)?.includes('at-cursor') ? 'date' : undefined}
                    onClick={() => onSelect(row.original)}
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
                <PadRow height={padBottom} columns={colCount} />
              </tbody>
            </table>
            {sorted.length === 0 && <p className="empty">{t('events.empty')}</p>}
          </div>
          {!chosen && visible.some((l) => l.kind === 'counts') && (
            <p className="hint">{t('events.countsApart')}</p>
          )}
        </>
      )}
    </ViewSection>
  );
}
