import { create } from 'zustand';
import type { StepUnit } from '../dates/partial-date';

export const SPEEDS = [1, 2, 4, 8] as const;
export const STEP_UNITS: readonly StepUnit[] = ['day', 'week', 'month'];
/** Days before the cursor whose events still show ("glow") on the map and in the table. */
export const WINDOWS = [0, 7, 30, 90] as const;

/** How playback runs: transient, not part of the link (the cursor itself is, as `at`). */
interface PlaybackState {
  playing: boolean;
  speed: (typeof SPEEDS)[number];
  unit: StepUnit;
  windowDays: (typeof WINDOWS)[number];
  loop: boolean;
  /** An export stepping the view state frame by frame: like playing, it must not flood the history. */
  exporting: boolean;
  set: (p: Partial<Omit<PlaybackState, 'set'>>) => void;
}

export const usePlaybackStore = create<PlaybackState>()((set) => ({
  playing: false,
  speed: 1,
  unit: 'week',
  windowDays: 30,
  loop: false,
  exporting: false,
  set: (p) => set(p),
}));

/** Milliseconds between steps at 1×: slow enough to read a date, quick enough for a story. */
export const STEP_MS = 800;
