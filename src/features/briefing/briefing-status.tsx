import './briefing.css';
import { useTranslation } from 'react-i18next';
import { useBriefingStore } from './store';
import { useLocale } from '../../lib/use-locale';

/** Announces export results to everyone, screen-reader users included. */
export function BriefingStatus() {
  const { t } = useTranslation();
  const { num } = useLocale();
  const message = useBriefingStore((s) => s.message);
  const video = useBriefingStore((s) => s.video);
  return (
    <div className="briefing-status no-export" role="status" aria-live="polite">
      {video ? (
        <>
          <label>
            {t('briefing.videoProgress', { done: num(video.done), total: num(video.total) })}{' '}
            <progress max={video.total} value={video.done} />
          </label>{' '}
          <button type="button" className="btn btn-small" onClick={video.cancel}>
            {t('briefing.cancel')}
          </button>
        </>
      ) : (
        message
      )}
    </div>
  );
}
