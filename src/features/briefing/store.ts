import type { ParseKeys } from 'i18next';
import { create } from 'zustand';

/**
 * An export message as a translation key and its values, put into words when shown: said in
 * one language, it reads in the other after a switch (a paired export switches twice).
 */
export interface BriefingMessage {
  key: ParseKeys;
  values?: Record<string, string | number>;
}

/** Briefing settings and the last export message: transient UI, not part of the link. */
interface BriefingState {
  scale: 1 | 2 | 3;
  message: BriefingMessage | null;
  /** A long export under way (a video's frames, or a data file's rows): done of the total,
   * and how to stop it. */
  progress: { kind: 'video' | 'rows'; file: string; done: number; total: number; cancel: () => void } | null;
  /** The English-and-Arabic export: two images, or one with both side by side. */
  paired: 'two' | 'side';
  setPaired: (paired: 'two' | 'side') => void;
  setScale: (scale: 1 | 2 | 3) => void;
  say: (key: ParseKeys | null, values?: BriefingMessage['values']) => void;
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
  say: (key, values) => set({ message: key === null ? null : { key, ...(values ? { values } : {}) } }),
}));
