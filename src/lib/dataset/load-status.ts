import { create } from 'zustand';
import { useViewStore } from '../store/view-store';
import type { Check } from './check-reason';

/**
 * Why a file could not be opened: its reason in English (`check`, its codes, to say it in the
 * reader's language), or that the layers were full.
 */
export type OpenFailure = { name: string } & ({ reason: string; check?: Check } | { layersFull: number });

/** Events checked (a JSON file) or rows read (a CSV export) so far. */
export interface LoadProgress {
  n: number;
  unit: 'events' | 'rows';
}

interface SourceState {
  /** A file dataset replaces the URL one until the analyst goes back. */
  file: { name: string; id: number } | null;
  /** A file being read, and the last file that could not be opened, with why. */
  reading: string | null;
  failure: OpenFailure | null;
  /**
   * The loads in progress, by the origin each reads (a URL as given, or an opened file's name):
   * how far it has read (null once it has ended). A link can start the dataset and layers
   * together: each counts on its own.
   */
  progress: Readonly<Record<string, LoadProgress | null>>;
  /** A note on how a file was opened (weekly counts go beside the dataset, not instead of it). */
  notice: 'countsAsLayer' | null;
  setNotice: (notice: 'countsAsLayer' | null) => void;
  showFile: (name: string, id: number) => void;
  setReading: (name: string | null) => void;
  /** A load's progress; null once it has ended. */
  setProgress: (origin: string, progress: LoadProgress | null) => void;
  fail: (failure: OpenFailure | null) => void;
  closeFile: () => void;
}

let nextId = 1;
export const newFileId = () => nextId++;

export const useSourceStore = create<SourceState>()((set) => ({
  file: null,
  reading: null,
  failure: null,
  progress: {},
  notice: null,
  setNotice: (notice) => set({ notice }),
  showFile: (name, id) => set({ file: { name, id }, failure: null, reading: null }),
  setReading: (reading) => set({ reading }),
  setProgress: (origin, p) => set(({ progress }) => ({ progress: { ...progress, [origin]: p } })),
  fail: (failure) => set({ failure, reading: null }),
  closeFile: () => set({ file: null }),
}));

/** Leaves an opened file or a linked dataset for the bundled one. */
export function showBundled(): void {
  useSourceStore.getState().closeFile();
  useViewStore.setState({ dataUrl: null });
}

/**
 * A file the analyst opened, as it is read; when they chose to read it in a Windows code page
 * (see readAs), its text in UTF-8, with the file as `saved` (whose bytes the stamp hashes) and
 * the code page it was read `as`.
 */
export type OpenedFile = File & { readonly saved?: File; readonly readAs?: string };

/** The files the analyst opened, by id: a CSV is read again when the attack radius changes. */
const files = new Map<number, OpenedFile>();
export const rememberFile = (id: number, file: OpenedFile) => void files.set(id, file);
export const openedFile = (id: number): OpenedFile | undefined => files.get(id);
