import { create } from 'zustand';

export const BLANK_DRAFT = {
  from: null as string | null,
  to: null as string | null,
  text: '',
  province: '',
  base: '',
};
type Draft = typeof BLANK_DRAFT;

interface DraftState {
  draft: Draft;
  /** The id of the note being edited; null while a new one is written. */
  editing: string | null;
  set: (p: Partial<Pick<DraftState, 'draft' | 'editing'>>) => void;
}

/**
 * The note being written, kept outside the panel: the dashboard is built afresh when another
 * dataset takes the screen (see datasetKey), and a half-written note must not go with it.
 */
export const useNoteDraft = create<DraftState>()((set) => ({
  draft: BLANK_DRAFT,
  editing: null,
  set: (p) => set(p),
}));
