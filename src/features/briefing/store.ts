import { create } from 'zustand';

/** Briefing settings and the last export message: transient UI, not part of the link. */
interface BriefingState {
  scale: 1 | 2 | 3;
  message: string | null;
  setScale: (scale: 1 | 2 | 3) => void;
  say: (message: string | null) => void;
}

export const useBriefingStore = create<BriefingState>()((set) => ({
  scale: 2,
  message: null,
  setScale: (scale) => set({ scale }),
  say: (message) => set({ message }),
}));
