import { create } from 'zustand';
import { useViewStore } from '../store/view-store';

interface SourceState {
  /** A file dataset replaces the URL one until the analyst goes back. */
  file: { name: string; id: number } | null;
  /** A file being read, and the last file that could not be opened, with why. */
  reading: string | null;
  failure: { name: string; reason: string } | null;
  /** Events checked so far by a load in progress in the worker; null when none is. */
  checked: number | null;
  showFile: (name: string, id: number) => void;
  setReading: (name: string | null) => void;
  setChecked: (checked: number | null) => void;
  fail: (failure: { name: string; reason: string } | null) => void;
  closeFile: () => void;
}

let nextId = 1;
export const newFileId = () => nextId++;

export const useSourceStore = create<SourceState>()((set) => ({
  file: null,
  reading: null,
  failure: null,
  checked: null,
  showFile: (name, id) => set({ file: { name, id }, failure: null, reading: null }),
  setReading: (reading) => set({ reading }),
  setChecked: (checked) => set({ checked }),
  fail: (failure) => set({ failure, reading: null }),
  closeFile: () => set({ file: null }),
}));

/** Leaves an opened file or a linked dataset for the bundled one. */
export function showBundled(): void {
  useSourceStore.getState().closeFile();
  useViewStore.setState({ dataUrl: null });
}
