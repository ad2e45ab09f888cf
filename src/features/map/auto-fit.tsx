import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { LatLngBoundsExpression } from 'leaflet';

/**
 * Leaflet only notices window resizes. When its box changes for another reason (the print
 * layout, the detail panel, a narrow screen) it is told, and Iraq is fitted again.
 */
export function AutoFit({ bounds }: { bounds: LatLngBoundsExpression }) {
  const map = useMap();
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const el = map.getContainer();
    let last = `${el.clientWidth}x${el.clientHeight}`;
    const ro = new ResizeObserver(() => {
      const size = `${el.clientWidth}x${el.clientHeight}`;
      if (size === last || el.clientWidth === 0) return;
      last = size;
      map.invalidateSize({ animate: false });
      map.fitBounds(bounds, { animate: false });
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [map, bounds]);
  return null;
}
