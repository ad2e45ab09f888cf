import { startTransition, useLayoutEffect, useRef, useState } from 'react';

/** The content-box size of an element, kept current with a ResizeObserver. */
export function useElementSize<T extends HTMLElement>(): [
  React.RefObject<T | null>,
  { width: number; height: number },
] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // As a transition: a chart drawn at its new size renders in slices that let input
    // through, instead of synchronously inside the commit that mounted it (at 100,000
    // events that sync render was one ~400 ms task).
    const update = () => startTransition(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size];
}
