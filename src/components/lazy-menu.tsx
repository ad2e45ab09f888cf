import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewBoundary } from './view-boundary';

/**
 * A drop-down menu whose items load with their code the first time it opens (pointing at it
 * starts the download): the export machinery is most of a menu's weight, and most sessions
 * never open one. `items` is a lazy component's element.
 */
export function LazyMenu({
  className,
  summaryClassName,
  label,
  prefetch,
  items,
}: {
  className: string;
  summaryClassName: string;
  label: string;
  prefetch: () => unknown;
  items: ReactNode;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className={summaryClassName} onPointerEnter={prefetch} onFocus={prefetch}>
        {label}
      </summary>
      <div className="menu-pop">
        {opened && (
          <ViewBoundary>
            <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>{items}</Suspense>
          </ViewBoundary>
        )}
      </div>
    </details>
  );
}
