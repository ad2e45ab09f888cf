import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import type { BaseViewProps } from './base-status';

/** The bases as a list of toggle buttons: the map's markers, reachable without the map. */
export function BaseList({ bases, statusDay, statuses: status }: BaseViewProps) {
  const { t } = useTranslation();
  const { text, num } = useLocale();
  const active = useViewStore((s) => s.bases);
  const toggle = useViewStore((s) => s.toggle);
  return (
    <details className="base-list">
      <summary>
        {t('map.basesList')} ({num(bases.length)})
      </summary>
      <ul>
        {bases.map((b) => {
          const now = status.of(b, statusDay);
          return (
            <li key={b.id}>
              <button
                type="button"
                className="btn btn-small"
                aria-pressed={active.includes(b.id)}
                onClick={() => toggle('bases', b.id)}
              >
                <span className={`base-marker ${now}`} aria-hidden="true" /> {text(b.name)}
              </button>{' '}
              <span className="muted">{status.say(b, now)}</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
