import { useEffect, useState, type ComponentType } from 'react';
import { useLoadedDataset, type LoadedDataset } from '../../lib/dataset/loaded-dataset';
import { usePrintLayout } from './print-layout';

// The caption's code (the caption's text, the data's stamp) is not in the page's first
// script: it is fetched once the page is idle, so that printing finds it at hand.
let Body: ComponentType | null = null;
let hashAhead: ((loaded: LoadedDataset) => void) | null = null;
const loadBody = () =>
  import('./print-caption-body').then((m) => {
    Body = m.PrintCaptionBody;
    hashAhead = m.hashAhead;
    return m;
  });

/** Ctrl+P (⌘P) prints as Print briefing does; the browser's own menu still prints at once. */
function printKey(e: KeyboardEvent, loaded: LoadedDataset) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
  if (e.key.toLowerCase() !== 'p' && e.code !== 'KeyP') return;
  e.preventDefault();
  void Promise.all([import('./print-briefing'), loadBody()]).then(([m, body]) =>
    m.printBriefing(() => body.stampReady(loaded)),
  );
}

/** The briefing caption, shown on paper (and on screen while Print briefing lays the page out
 * for it, see print-layout.ts); computed only then. */
export function PrintCaption() {
  const printing = usePrintLayout();
  const loaded = useLoadedDataset();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => printKey(e, loaded);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [loaded]);
  const [loadedBody, setLoaded] = useState(Body !== null);
  useEffect(() => {
    if (Body) return;
    let live = true;
    const load = () =>
      void loadBody().then(
        () => live && setLoaded(true),
        () => {},
      );
    // Printing before the page was idle, or after a failed fetch: fetched now. A page kept
    // busy (a large file drawn, an analyst at work) fetches it within two seconds all the
    // same, so the browser's own Print menu soon finds the caption at hand.
    const idle = !printing && typeof requestIdleCallback === 'function';
    const id = idle ? requestIdleCallback(load, { timeout: 2000 }) : (load(), 0);
    return () => {
      live = false;
      if (idle) cancelIdleCallback(id);
    };
  }, [printing]);
  // The stamp's hash, for the browser's own Print menu (see PrintCaptionBody).
  useEffect(() => {
    if (loadedBody) hashAhead?.(loaded);
  }, [loadedBody, loaded]);
  return printing && Body ? <Body /> : null;
}
