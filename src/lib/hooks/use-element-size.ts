import { startTransition, useLayoutEffect, useRef, useState } from 'react';

type Size = { width: number; height: number };
const ZERO: Size = { width: 0, height: 0 };

/**
 * The content-box size of an element, kept current with a ResizeObserver. It is 0×0 in the
 * commit that mounts the element: the first size comes in a task of its own, so a chart's
 * first full render is not added to its view's mount (together they made one task of up to
 * ~0.19 s while a layer was being read beside them).
 */
export function useElementSize<T extends HTMLElement>(): [React.RefObject<T | null>, Size] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(ZERO);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () =>
      setSize((s) =>
        s.width === el.clientWidth && s.height === el.clientHeight
          ? s
          : { width: el.clientWidth, height: el.clientHeight },
      );
    // Not a transition: the views mount one per task (LazyView), and transitions' first
    // renders were batched into one ~0.5 s task.
    const first = setTimeout(measure, 0);
    if (typeof ResizeObserver === 'undefined') return () => clearTimeout(first);
    // Later sizes as a transition: a chart redrawn at its new size renders in slices that
    // let input through.
    const ro = new ResizeObserver(() => startTransition(measure));
    ro.observe(el);
    return () => {
      clearTimeout(first);
      ro.disconnect();
    };
  }, []);
  return [ref, size];
}
