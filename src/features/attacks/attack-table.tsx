import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/use-locale';
import type { ChartRow } from './layer-series';
import type { TableColumn } from './use-chart-series';

/**
 * The chart as a table, for screen readers: one column per series; empty months left out.
 * Redrawn only when its months change (a range change alone leaves them as they are).
 */
export const AttackTable = memo(function AttackTable({
  rows,
  columns,
  caption,
}: {
  rows: readonly ChartRow[];
  columns: readonly TableColumn[];
  caption: string;
}) {
  const { t } = useTranslation();
  const { date, num } = useLocale();
  return (
    // The wrapper clips: a table is never narrower than its content, and would widen the page.
    <div className="visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('attacks.month')}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows
            .filter((r) => columns.some((c) => Number(r[c.key] ?? 0) > 0))
            .map((r) => (
              <tr key={r.month}>
                <td>{date(r.month)}</td>
                {columns.map((c) => (
                  <td key={c.key}>{c.known && !Number(r[c.known]) ? '–' : num(Number(r[c.key] ?? 0))}</td>
                ))}
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
});
