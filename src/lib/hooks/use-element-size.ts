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
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    // The first size in the commit that mounts the view: the views mount one per task
    // (LazyView), so its chart's first full render stays in that view's task. (As a
    // transition, the four views' first renders were batched into one ~0.5 s task.)
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // Later sizes as a transition: a chart redrawn at its new size renders in slices that
    // let input through.
    const ro = new ResizeObserver(() => startTransition(measure));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size];
}
