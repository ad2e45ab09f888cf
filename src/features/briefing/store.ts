import { create } from 'zustand';

/** Briefing settings and the last export message: transient UI, not part of the link. */
interface BriefingState {
  scale: 1 | 2 | 3;
  message: string | null;
  /** A long export under way (a video's frames, or a data file's rows): done of the total,
   * and how to stop it. */
  progress: { kind: 'video' | 'rows'; file: string; done: number; total: number; cancel: () => void } | null;
  /** The English-and-Arabic export: two images, or one with both side by side. */
  paired: 'two' | 'side';
  setPaired: (paired: 'two' | 'side') => void;
  setScale: (scale: 1 | 2 | 3) => void;
  say: (message: string | null) => void;
  setProgress: (progress: BriefingState['progress']) => void;
}

export const useBriefingStore = create<BriefingState>()((set) => ({
  scale: 2,
  message: null,
  progress: null,
  paired: 'two',
  setPaired: (paired) => set({ paired }),
  setProgress: (progress) => set({ progress }),
  setScale: (scale) => set({ scale }),
  say: (message) => set({ message }),
}));
