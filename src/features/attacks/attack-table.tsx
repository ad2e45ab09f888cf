import { useTranslation } from 'react-i18next';
import type { MonthBucket } from '../../lib/filters/aggregate';
import { useLocale } from '../../lib/use-locale';

/** The bars as a table, for screen readers; months without attacks are left out. */
export function AttackTable({
  buckets,
  counts,
}: {
  buckets: readonly MonthBucket[];
  counts: 'attacks' | 'events';
}) {
  const { t } = useTranslation();
  const { date, num } = useLocale();
  const possible = buckets.some((b) => b.possible > 0);
  return (
    <table className="visually-hidden">
      <caption>{t(counts === 'events' ? 'attacks.tableCaptionEvents' : 'attacks.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('attacks.month')}</th>
          <th scope="col">{t(counts === 'events' ? 'attacks.events' : 'attacks.attacks')}</th>
          {possible && <th scope="col">{t('attacks.possible')}</th>}
          {counts === 'attacks' && <th scope="col">{t('attacks.rockets')}</th>}
        </tr>
      </thead>
      <tbody>
        {buckets
          .filter((b) => b.attacks > 0 || b.possible > 0)
          .map((b) => (
            <tr key={b.month}>
              <td>{date(b.month)}</td>
              <td>{num(b.attacks)}</td>
              {possible && <td>{num(b.possible)}</td>}
              {counts === 'attacks' && <td>{b.rocketsKnown ? num(b.rockets) : '–'}</td>}
            </tr>
          ))}
      </tbody>
    </table>
  );
}
