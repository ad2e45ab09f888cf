import { useState, type PointerEvent } from 'react';

export interface DragState {
  x0: number;
  x1: number;
}

/**
 * Pointer drag across an element: reports the span in element pixels when released.
 * A drag shorter than `minPx` counts as a click and is ignored.
 */
export function useDragRange(onSpan: (a: number, b: number) => void, minPx = 4) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const x = (e: PointerEvent<HTMLElement>) => e.clientX - e.currentTarget.getBoundingClientRect().left;
  return {
    drag,
    handlers: {
      onPointerDown: (e: PointerEvent<HTMLElement>) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        const p = x(e);
        setDrag({ x0: p, x1: p });
      },
      onPointerMove: (e: PointerEvent<HTMLElement>) => {
        if (drag) setDrag({ ...drag, x1: x(e) });
      },
      onPointerUp: (e: PointerEvent<HTMLElement>) => {
        if (!drag) return;
        const x1 = x(e);
        setDrag(null);
        if (Math.abs(x1 - drag.x0) >= minPx) onSpan(Math.min(drag.x0, x1), Math.max(drag.x0, x1));
      },
      onPointerCancel: () => setDrag(null),
    },
  };
}
