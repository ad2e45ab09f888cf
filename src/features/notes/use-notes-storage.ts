import { useEffect } from 'react';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { notesKey, toNotes } from '../../lib/notes';
import { useViewStore } from '../../lib/store/view-store';

/**
 * Keeps the notes in this browser, one list per dataset: a dataset's notes come back when it
 * is opened again (unless the link brought notes of its own), and every change is saved.
 */
export function useNotesStorage(): void {
  const { data } = useLoadedDataset();
  const key = notesKey({ title: data.meta.title.en, version: data.meta.version });
  useEffect(() => {
    const { notes, setNotes } = useViewStore.getState();
    if (!notes.length) {
      try {
        const saved = toNotes(JSON.parse(localStorage.getItem(key) ?? 'null'));
        if (saved?.length) setNotes(saved);
      } catch {
        // Storage refused or corrupt: start with no notes.
      }
    }
    return useViewStore.subscribe((s, prev) => {
      if (s.notes === prev.notes) return;
      try {
        if (s.notes.length) localStorage.setItem(key, JSON.stringify(s.notes));
        else localStorage.removeItem(key);
      } catch {
        // A full or refused storage loses nothing on screen.
      }
    });
  }, [key]);
}
