import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualRows } from '../../lib/hooks/use-virtual-rows';
import { PadRow } from '../../components/pad-row';
import { dayToIso } from '../../lib/dates/partial-date';
import { NO_FIGURE, WEEK_DAYS } from '../../lib/dataset/counts';
import { useLayerRows } from '../../lib/layers/layer-rows';
import type { ReadyLayer } from '../../lib/layers/use-layers';
import { useLocale } from '../../lib/use-locale';

const ROW_HEIGHT = 30;
const NUM = 'num';

/**
 * A count layer's rows as ACLED gives them, filtered like everything else: week, governorate,
 * category, events and fatalities, with the file's row and ID. Counts, never shown as events.
 */
export function CountTable({ layer }: { layer: ReadyLayer }) {
  const { t } = useTranslation();
  const { date, num, text } = useLocale();
  const table = layer.loaded.counts!;
  const layers = useMemo(() => [layer], [layer]);
  const rows = useLayerRows(layers)[0]?.rows;
  const sorted = useMemo(
    () => [...(rows ?? [])].sort((a, b) => table.week[a]! - table.week[b]! || a - b),
    [rows, table],
  );
  const provinces = layer.loaded.data.provinces;
  const { scrollRef, items, padTop, padBottom } = useVirtualRows(sorted.length, ROW_HEIGHT);
  const headers = ['week', 'governorate', 'category', 'type', 'events', 'fatalities', 'row', 'id'] as const;
  return (
    <div
      className="table-scroll"
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label={t('events.countsLabel', { name: text(layer.name) })}
    >
      <table className="events-table count-table" aria-rowcount={sorted.length + 1}>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {t(`events.countColumns.${h}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <PadRow height={padTop} columns={headers.length} />
          {items.map((v) => {
            const i = sorted[v.index]!;
            const w = table.week[i]!;
            const p = table.provinces[table.province[i]!]!;
            return (
              <tr key={i} aria-rowindex={v.index + 2} style={{ blockSize: ROW_HEIGHT }}>
                <td>{date(`${dayToIso(w)}/${dayToIso(w + WEEK_DAYS - 1)}`)}</td>
                <td>{provinces[p] ? text(provinces[p].name) : p}</td>
                <td>{text(table.sourceTypes[table.sourceType[i]!]!)}</td>
                <td>{t(`types.${table.types[table.type[i]!] as 'attack'}`)}</td>
                <td className={NUM}>{num(table.events[i]!)}</td>
                <td className={NUM}>
                  {table.fatalities[i] === NO_FIGURE ? null : num(table.fatalities[i]!)}
                </td>
                <td className={NUM}>{num(table.row[i]!)}</td>
                <td dir="ltr">{table.id[i]}</td>
              </tr>
            );
          })}
          <PadRow height={padBottom} columns={headers.length} />
        </tbody>
      </table>
      {sorted.length === 0 && <p className="empty">{t('events.empty')}</p>}
    </div>
  );
}
