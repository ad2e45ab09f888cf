import { useEffect } from 'react';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { dayToIso, isoToDay, stepDay } from '../../lib/dates/partial-date';
import { playbackSpan } from '../../lib/playback';
import { STEP_MS, usePlaybackStore } from '../../lib/store/playback-store';
import { useViewStore } from '../../lib/store/view-store';
import type { DatasetInfo } from '../../lib/dataset/schema';

/** The cursor moved by `n` steps of the chosen unit, kept inside the span. */
export function stepCursor(data: DatasetInfo, n: number): void {
  const [lo, hi] = playbackSpan(data);
  const { at, setAt } = useViewStore.getState();
  const { unit } = usePlaybackStore.getState();
  const day = at ? isoToDay(at) : n >= 0 ? lo - 1 : hi + 1;
  const next = Math.min(hi, Math.max(lo, n === 0 ? day : stepDay(day, unit, n)));
  setAt(dayToIso(next));
}

/**
 * Runs playback while `playing`: a step every STEP_MS / speed. At the end it stops, or starts
 * over when looping. The link follows with replaceState (see url-sync), not one entry a step.
 */
export function usePlaybackClock(): void {
  const { data } = useLoadedDataset();
  const playing = usePlaybackStore((s) => s.playing);
  const speed = usePlaybackStore((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const [lo, hi] = playbackSpan(data);
    const at = useViewStore.getState().at;
    if (!at || isoToDay(at) >= hi) useViewStore.getState().setAt(dayToIso(lo));
    const timer = setInterval(() => {
      const cur = useViewStore.getState().at;
      if (cur && isoToDay(cur) >= hi) {
        if (usePlaybackStore.getState().loop) useViewStore.getState().setAt(dayToIso(lo));
        else usePlaybackStore.getState().set({ playing: false });
        return;
      }
      stepCursor(data, 1);
    }, STEP_MS / speed);
    return () => clearInterval(timer);
  }, [playing, speed, data]);
}
