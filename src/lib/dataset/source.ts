import { create } from 'zustand';

/** Where the shown dataset comes from: a same-origin URL, or a file the analyst opened. */
export type DatasetSource = { kind: 'url'; url: string } | { kind: 'file'; name: string; id: number };

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

/** `?data=` may only name a JSON file on the app's own origin. */
export function isSameOriginJsonPath(
  value: string,
  origin = globalThis.location?.origin ?? 'http://localhost',
): boolean {
  // Backslashes and control characters let some parsers read a path as another host.
  const hasControl = [...value].some((c) => c.charCodeAt(0) < 0x20 || c === '\\');
  if (value.length > 300 || hasControl || value.startsWith('//')) return false;
  try {
    const u = new URL(value, origin);
    return (
      u.origin === origin &&
      (u.protocol === 'http:' || u.protocol === 'https:') &&
      u.pathname.endsWith('.json')
    );
  } catch {
    return false;
  }
}
