import { isoToDay } from '../dates/partial-date';
import { usePlaybackStore } from '../store/playback-store';
import { useViewStore } from '../store/view-store';

/**
 * The playback cursor as the views use it: its day, and the first day of its trailing window
 * (the cursor's own day when there is no window). Null when no date is chosen.
 */
export function useCursor(): { day: number; from: number; at: string } | null {
  const at = useViewStore((s) => s.at);
  const windowDays = usePlaybackStore((s) => s.windowDays);
  if (!at) return null;
  const day = isoToDay(at);
  return { day, from: day - Math.max(0, windowDays - 1), at };
}
