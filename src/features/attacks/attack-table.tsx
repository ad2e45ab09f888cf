import { useTranslation } from 'react-i18next';
import type { MonthBucket } from '../../lib/filters/aggregate';
import { useLocale } from '../../lib/use-locale';

/** The bars as a table, for screen readers; months without attacks are left out. */
export function AttackTable({ buckets }: { buckets: readonly MonthBucket[] }) {
  const { t } = useTranslation();
  const { date, num } = useLocale();
  return (
    <table className="visually-hidden">
      <caption>{t('attacks.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('attacks.month')}</th>
          <th scope="col">{t('attacks.attacks')}</th>
          <th scope="col">{t('attacks.rockets')}</th>
        </tr>
      </thead>
      <tbody>
        {buckets
          .filter((b) => b.attacks > 0)
          .map((b) => (
            <tr key={b.month}>
              <td>{date(b.month)}</td>
              <td>{num(b.attacks)}</td>
              <td>{b.rocketsKnown ? num(b.rockets) : '–'}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
