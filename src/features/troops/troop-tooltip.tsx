import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/use-locale';
import type { TroopPoint } from './troop-series';

interface Props {
  active?: boolean;
  payload?: readonly { payload?: TroopPoint; color?: string }[];
}

/** Names every figure under the pointer with its date precision and how it was stated. */
export function TroopTooltip({ active, payload }: Props) {
  const { t } = useTranslation();
  const { date, num } = useLocale();
  if (!active || !payload?.length) return null;
  return (
    <div className="chart-tooltip">
      {payload.map((p, i) => {
        const pt = p.payload;
        if (!pt) return null;
        const l = pt.level;
        const count = num(l.count);
        const value =
          l.qualifier === 'upTo'
            ? t('figures.upTo', { value: count })
            : l.approximate
              ? t('figures.approx', { value: count })
              : count;
        return (
          <div key={i}>
            <strong style={{ color: p.color }}>{t(`forces.${l.force}`)}</strong> {value}
            {t('app.sep')}
            {date(l.date)}
            {l.qualifier === 'announcedTarget' && (
              <em>
                {t('app.sep')}
                {t('troops.announced')}
              </em>
            )}
          </div>
        );
      })}
    </div>
  );
}
