import { create } from 'zustand';
import { defaultViewState, type ViewState } from './view-state';

type Facet = 'provinces' | 'types' | 'bases' | 'sourceTypes';

interface Actions {
  setRange: (from: string | null, to: string | null) => void;
  toggle: (facet: Facet, value: string) => void;
  setFacet: (facet: Facet, values: string[]) => void;
  setText: (text: string) => void;
  select: (id: string | null) => void;
  setLang: (lang: ViewState['lang']) => void;
  setDigits: (digits: ViewState['digits']) => void;
  setRadius: (km: number) => void;
  setAt: (at: string | null) => void;
  setCompare: (compare: ViewState['compare']) => void;
  setNotes: (notes: ViewState['notes']) => void;
  reset: () => void;
  /** Replaces the whole state (from the URL); missing keys take their defaults. */
  hydrate: (state: Partial<ViewState>) => void;
}

export type ViewStore = ViewState & Actions;

export const useViewStore = create<ViewStore>()((set) => ({
  ...defaultViewState,
  setRange: (from, to) => set(from && to && from > to ? { from: to, to: from } : { from, to }),
  toggle: (facet, value) =>
    set((s) => ({
      [facet]: s[facet].includes(value) ? s[facet].filter((v) => v !== value) : [...s[facet], value],
    })),
  setFacet: (facet, values) => set({ [facet]: values }),
  setText: (text) => set({ text }),
  select: (selected) => set({ selected }),
  setLang: (lang) => set({ lang }),
  setDigits: (digits) => set({ digits }),
  setRadius: (radiusKm) => set({ radiusKm }),
  setAt: (at) => set({ at }),
  setCompare: (compare) => set({ compare }),
  setNotes: (notes) => set({ notes }),
  // Reset clears the filters, not the reading settings or the dataset being read.
  reset: () =>
    set((s) => ({
      ...defaultViewState,
      lang: s.lang,
      digits: s.digits,
      dataUrl: s.dataUrl,
      radiusKm: s.radiusKm,
      notes: s.notes,
    })),
  hydrate: (state) => set((s) => ({ ...defaultViewState, lang: s.lang, digits: s.digits, ...state })),
}));
