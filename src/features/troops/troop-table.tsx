import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/use-locale';
import type { TroopSeries } from './troop-series';

/** The chart's data as a table, for screen readers. */
export function TroopTable({ series }: { series: TroopSeries }) {
  const { t } = useTranslation();
  const { date, num } = useLocale();
  return (
    <table className="visually-hidden">
      <caption>{t('troops.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('troops.date')}</th>
          <th scope="col">{t('troops.force')}</th>
          <th scope="col">{t('troops.count')}</th>
        </tr>
      </thead>
      <tbody>
        {series.flatMap((s) =>
          s.points.map((p) => (
            <tr key={p.level.id}>
              <td>{date(p.level.date)}</td>
              <td>{t(`forces.${s.force}`)}</td>
              <td>
                {p.level.approximate ? t('figures.approx', { value: num(p.count) }) : num(p.count)}
                {p.level.qualifier === 'announcedTarget' ? ` (${t('troops.announced')})` : ''}
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
