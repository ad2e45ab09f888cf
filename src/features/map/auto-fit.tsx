import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { LatLngBoundsExpression } from 'leaflet';

/**
 * Leaflet only notices window resizes. When its box changes for another reason (the print
 * layout, the detail panel, a narrow screen, a chart's legend growing as a layer arrives) it
 * is told, and Iraq is fitted again: in a task of its own, as redrawing every outline is,
 * not in the frame of the render that moved the box (together, up to ~150 ms while a layer
 * loaded).
 */
export function AutoFit({ bounds }: { bounds: LatLngBoundsExpression }) {
  const map = useMap();
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const el = map.getContainer();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The size it was last fitted at. Leaflet measured the box when it fitted the map on
    // mount: read again here, it would force a layout in the view's mount task. (Not Leaflet's
    // current size: its own window-resize handler updates that without refitting.)
    let last = map.getSize();
    const fit = () => {
      const [w, h] = [el.clientWidth, el.clientHeight];
      if ((w === last.x && h === last.y) || w === 0) return;
      map.invalidateSize({ animate: false });
      map.fitBounds(bounds, { animate: false });
      last = map.getSize();
    };
    const ro = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(fit, 0);
    });
    ro.observe(el);
    // The browser's own Print menu lays the page out and prints before any observer or timer
    // runs: the map is fitted to its printed box there and then (print-layout.ts, whose
    // listener came first, has set the layout).
    window.addEventListener('beforeprint', fit);
    return () => {
      clearTimeout(timer);
      ro.disconnect();
      window.removeEventListener('beforeprint', fit);
    };
  }, [map, bounds]);
  return null;
}
