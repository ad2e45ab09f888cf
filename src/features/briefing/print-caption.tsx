import { useEffect, useState, type ComponentType } from 'react';
import { usePrintLayout } from './print-layout';

// The caption's code (the caption's text, the data's stamp) is not in the page's first
// script: it is fetched once the page is idle, so that printing finds it at hand.
let Body: ComponentType | null = null;
const loadBody = () =>
  import('./print-caption-body').then((m) => {
    Body = m.PrintCaptionBody;
  });

/** Ctrl+P (⌘P) prints as Print briefing does; the browser's own menu still prints at once. */
function printKey(e: KeyboardEvent) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
  if (e.key.toLowerCase() !== 'p' && e.code !== 'KeyP') return;
  e.preventDefault();
  void import('./print-briefing').then((m) => m.printBriefing());
}

/** The briefing caption, shown on paper (and on screen while Print briefing lays the page out
 * for it, see print-layout.ts); computed only then. */
export function PrintCaption() {
  const printing = usePrintLayout();
  useEffect(() => {
    window.addEventListener('keydown', printKey);
    return () => window.removeEventListener('keydown', printKey);
  }, []);
  const [, setLoaded] = useState(Body !== null);
  useEffect(() => {
    if (Body) return;
    let live = true;
    const load = () =>
      void loadBody().then(
        () => live && setLoaded(true),
        () => {},
      );
    // Printing before the page was idle, or after a failed fetch: fetched now.
    const idle = !printing && typeof requestIdleCallback === 'function';
    const id = idle ? requestIdleCallback(load) : (load(), 0);
    return () => {
      live = false;
      if (idle) cancelIdleCallback(id);
    };
  }, [printing]);
  return printing && Body ? <Body /> : null;
}
