import './briefing.css';
import { useBriefingStore } from './store';

/** Announces export results to everyone, screen-reader users included. */
export function BriefingStatus() {
  const message = useBriefingStore((s) => s.message);
  return (
    <div className="briefing-status no-export" role="status" aria-live="polite">
      {message}
    </div>
  );
}
