import { useTranslation } from 'react-i18next';
import type { PeriodClaim } from '../../lib/dataset/schema';
import { useLocale } from '../../lib/use-locale';

/** Reminds the reader that sources report more attacks than they date one by one. */
export function PeriodNote({ claims, unplaced }: { claims: readonly PeriodClaim[]; unplaced: number }) {
  const { t } = useTranslation();
  const { date, num } = useLocale();
  const c = claims.find((p) => !p.base && p.figures.attacks !== undefined && p.figures.rockets !== undefined);
  return (
    <>
      {c && (
        <p className="hint">
          {t('attacks.periodNote', {
            attacks: num(c.figures.attacks!),
            rockets: num(c.figures.rockets!),
            from: date(c.from),
            to: date(c.to),
          })}
        </p>
      )}
      {unplaced > 0 && <p className="hint">{t('attacks.unplaced', { n: num(unplaced) })}</p>}
    </>
  );
}
