import { useEffect, useState, type ComponentType } from 'react';

/** True while the page is being printed (or emulates print media). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia?.('print').matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.('print');
    const on = () => setPrinting(true);
    const off = () => setPrinting(mq?.matches ?? false);
    mq?.addEventListener('change', off);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    return () => {
      mq?.removeEventListener('change', off);
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
    };
  }, []);
  return printing;
}

// The caption's code (the caption's text, the data's stamp) is not in the page's first
// script: it is fetched once the page is idle, so that printing finds it at hand.
let Body: ComponentType | null = null;
const loadBody = () =>
  import('./print-caption-body').then((m) => {
    Body = m.PrintCaptionBody;
  });

/** The briefing caption, shown only on paper; computed only when printing. */
export function PrintCaption() {
  const printing = usePrinting();
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
