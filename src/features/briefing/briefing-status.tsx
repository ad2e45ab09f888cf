import './briefing.css';
import type { TOptions } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useBriefingStore } from './store';
import { useLocale } from '../../lib/use-locale';
import { isolate } from '../../lib/format';

/** Announces export results to everyone, screen-reader users included. */
export function BriefingStatus() {
  const { t } = useTranslation();
  const { num } = useLocale();
  const message = useBriefingStore((s) => s.message);
  const progress = useBriefingStore((s) => s.progress);
  // Put into words now, in the language shown now; numbers in its digits.
  const said =
    message &&
    t(
      message.key,
      Object.fromEntries(
        Object.entries(message.values ?? {}).map(([k, v]) => [k, typeof v === 'number' ? num(v) : v]),
      ) as TOptions,
    );
  return (
    <div className="briefing-status no-export" role="status" aria-live="polite">
      {progress ? (
        <>
          <label>
            {progress.kind === 'video'
              ? t('briefing.videoProgress', { done: num(progress.done), total: num(progress.total) })
              : t('briefing.rowsProgress', {
                  file: isolate(progress.file),
                  done: num(progress.done),
                  total: num(progress.total),
                })}{' '}
            <progress max={progress.total} value={progress.done} />
          </label>{' '}
          <button type="button" className="btn btn-small" onClick={progress.cancel}>
            {t('briefing.cancel')}
          </button>
        </>
      ) : (
        said
      )}
    </div>
  );
}
