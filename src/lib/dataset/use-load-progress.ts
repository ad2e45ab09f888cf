import { useTranslation } from 'react-i18next';
import { useLocale } from '../use-locale';
import { useSourceStore } from './load-status';

/** How far the load of `origin` has read, in words ("4,000 rows read"); null if it is not reading. */
export function useLoadProgress(origin: string | null | undefined): string | null {
  const { t } = useTranslation();
  const { num } = useLocale();
  const p = useSourceStore((s) => (origin ? s.progress[origin] : undefined));
  if (!p) return null;
  const n = num(p.n);
  return p.unit === 'rows'
    ? t('import.rowsRead', { count: p.n, n })
    : t('dataset.checked', { events: t('counts.events', { count: p.n, n }) });
}
