import { create } from 'zustand';
import { defaultViewState, type ViewState } from './view-state';
import { freeColor, MAIN, MAX_LAYERS, type LayerRef } from '../layers/layer-ref';

type Facet = 'provinces' | 'types' | 'bases' | 'sourceTypes';

interface Actions {
  setRange: (from: string | null, to: string | null) => void;
  toggle: (facet: Facet, value: string) => void;
  setFacet: (facet: Facet, values: string[]) => void;
  setText: (text: string) => void;
  /** Selects an event of the main dataset, or of another layer (its key). */
  select: (id: string | null, layer?: string | null) => void;
  setTableLayer: (key: string | null) => void;
  setLang: (lang: ViewState['lang']) => void;
  setDigits: (digits: ViewState['digits']) => void;
  setRadius: (km: number) => void;
  setAt: (at: string | null) => void;
  setCompare: (compare: ViewState['compare']) => void;
  setNotes: (notes: ViewState['notes']) => void;
  /** Adds a layer beside the main dataset (once per key), visible, in the first free colour. */
  addLayer: (key: string, source: string) => void;
  updateLayer: (key: string, patch: Partial<Pick<LayerRef, 'name' | 'color' | 'visible'>>) => void;
  removeLayer: (key: string) => void;
  /** A missing local file the analyst opened again: the layer keeps its place and colour. */
  replaceLayerKey: (from: string, to: string) => void;
  setShadeLayer: (key: string) => void;
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
  select: (selected, layer = null) =>
    set({ selected, selectedLayer: selected !== null && layer !== MAIN ? layer : null }),
  setTableLayer: (tableLayer) => set({ tableLayer }),
  setLang: (lang) => set({ lang }),
  setDigits: (digits) => set({ digits }),
  setRadius: (radiusKm) => set({ radiusKm }),
  setAt: (at) => set({ at }),
  setCompare: (compare) => set({ compare }),
  setNotes: (notes) => set({ notes }),
  addLayer: (key, source) =>
    set((s) =>
      s.layers.some((l) => l.key === key) || s.layers.length >= MAX_LAYERS
        ? {}
        : { layers: [...s.layers, { key, source, name: null, color: freeColor(s.layers), visible: true }] },
    ),
  updateLayer: (key, patch) =>
    set((s) => ({ layers: s.layers.map((l) => (l.key === key ? { ...l, ...patch } : l)) })),
  removeLayer: (key) =>
    set((s) =>
      key === MAIN
        ? {}
        : {
            layers: s.layers.filter((l) => l.key !== key),
            shadeLayer: s.shadeLayer === key ? MAIN : s.shadeLayer,
            tableLayer: s.tableLayer === key ? null : s.tableLayer,
            ...(s.selectedLayer === key ? { selected: null, selectedLayer: null } : {}),
          },
    ),
  replaceLayerKey: (from, to) =>
    set((s) => ({
      layers: s.layers.map((l) => (l.key === from ? { ...l, key: to } : l)),
      shadeLayer: s.shadeLayer === from ? to : s.shadeLayer,
    })),
  setShadeLayer: (shadeLayer) => set({ shadeLayer }),
  // Reset clears the filters, not the reading settings or the dataset being read.
  reset: () =>
    set((s) => ({
      ...defaultViewState,
      lang: s.lang,
      digits: s.digits,
      dataUrl: s.dataUrl,
      radiusKm: s.radiusKm,
      notes: s.notes,
      layers: s.layers,
      shadeLayer: s.shadeLayer,
    })),
  hydrate: (state) =>
    set((s) => ({
      ...defaultViewState,
      lang: s.lang,
      digits: s.digits,
      ...state,
      // Back and forward keep the files opened in this tab; names and colours are the link's.
      layers: (state.layers ?? defaultViewState.layers).map((l) => {
        const here = s.layers.find(
          (h) =>
            h.key === l.key ||
            (l.key.startsWith('missing:') && h.key.startsWith('file:') && h.source === l.source),
        );
        return here ? { ...l, key: here.key } : l;
      }),
    })),
}));
