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
    let last = `${el.clientWidth}x${el.clientHeight}`;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fit = () => {
      const size = `${el.clientWidth}x${el.clientHeight}`;
      if (size === last || el.clientWidth === 0) return;
      last = size;
      map.invalidateSize({ animate: false });
      map.fitBounds(bounds, { animate: false });
    };
    const ro = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(fit, 0);
    });
    ro.observe(el);
    return () => {
      clearTimeout(timer);
      ro.disconnect();
    };
  }, [map, bounds]);
  return null;
}
