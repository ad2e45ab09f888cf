import type { Rows } from '../../lib/filters/filter-events';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { DatasetIndex } from '../../lib/dataset/indexes';
import type { LayerRows } from '../../lib/layers/layer-rows';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { isolate } from '../../lib/format';

export interface Cluster {
  lat: number;
  lon: number;
  n: number;
  /** The governorate most of its events are in: a click filters to it. */
  province: string | null;
}

/**
 * Events grouped in square cells of `cell` degrees, each drawn once at its events' mean point:
 * the map never holds one object per event. Linear in the rows, numbers only.
 */
export function clusterEvents(index: DatasetIndex, rows: Rows, cell: number): Cluster[] {
  // Where each event is drawn (see chunkColumns): NaN for one not drawn as a point.
  const { lat, lon, provinceCode } = index;
  const cells = new Map<number, { lat: number; lon: number; n: number }>();
  // Events per cell and governorate code, for the governorate a click filters to.
  const byProvince = new Map<number, number>();
  const provinces = index.codes.province.size + 1;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const y = lat[i]!;
    if (Number.isNaN(y)) continue;
    const x = lon[i]!;
    const key = Math.floor(y / cell) * 100_000 + Math.floor(x / cell);
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { lat: 0, lon: 0, n: 0 }));
    c.lat += y;
    c.lon += x;
    c.n++;
    const pk = key * provinces + provinceCode[i]! + 1;
    byProvince.set(pk, (byProvince.get(pk) ?? 0) + 1);
  }
  const codes = [...index.codes.province.keys()];
  const best = new Map<number, { code: number; n: number }>();
  for (const [pk, n] of byProvince) {
    const key = Math.floor(pk / provinces);
    const code = (pk % provinces) - 1;
    const b = best.get(key);
    if (code >= 0 && (!b || n > b.n)) best.set(key, { code, n });
  }
  return [...cells].map(([key, c]) => {
    const b = best.get(key);
    return { lat: c.lat / c.n, lon: c.lon / c.n, n: c.n, province: b ? codes[b.code]! : null };
  });
}

/**
 * SVG, in a pane of its own above the governorates: a canvas would cover the whole map and
 * take the clicks meant for the governorates under it, where SVG passes them through. The
 * cells keep the node count to one per cluster, whatever the number of events.
 */
const PANE = 'event-points';

/** Cells shrink as the map zooms in: about 40 px across at any zoom. */
const cellAt = (zoom: number) => 40 / 2 ** zoom;

/** The events of every visible event layer, clustered, in each layer's colour. */
export function EventPoints({ layers }: { layers: readonly LayerRows[] }) {
  const map = useMap();
  const { t } = useTranslation();
  const { num, text } = useLocale();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useEffect(() => {
    const onZoom = () => setZoom(map.getZoom());
    map.on('zoomend', onZoom);
    return () => void map.off('zoomend', onZoom);
  }, [map]);
  const clusters = useMemo(
    () =>
      layers
        .filter((l) => !l.layer.loaded.counts)
        .map((l) => ({
          layer: l.layer,
          clusters: clusterEvents(l.layer.loaded.index, l.rows, cellAt(zoom)),
        })),
    [layers, zoom],
  );
  useEffect(() => {
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '350';
    const renderer = L.svg({ pane: PANE, padding: 0.2 });
    const group = L.layerGroup();
    for (const { layer, clusters: cs } of clusters)
      for (const c of cs) {
        const marker = L.circleMarker([c.lat, c.lon], {
          renderer,
          radius: Math.min(18, 3 + 2 * Math.sqrt(c.n)),
          color: '#ffffff',
          weight: 1,
          fillColor: layer.color,
          fillOpacity: 0.8,
          className: 'event-point',
          pane: PANE,
        });
        // Text only: a layer's name never reaches Leaflet as HTML.
        const tip = document.createElement('span');
        tip.textContent = t('map.pointTip', {
          layer: isolate(text(layer.name)),
          events: t('counts.events', { count: c.n, n: num(c.n) }),
        });
        marker.bindTooltip(tip, { direction: 'top' });
        if (c.province) marker.on('click', () => useViewStore.getState().toggle('provinces', c.province!));
        group.addLayer(marker);
      }
    group.addTo(map);
    return () => void group.remove();
  }, [clusters, map, t, num, text]);
  return null;
}
