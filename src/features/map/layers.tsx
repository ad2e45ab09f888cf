import { useCallback, useEffect, useRef } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { GeoJSON as LeafletGeoJSON, Layer, PathOptions, PolylineOptions } from 'leaflet';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import type { Dataset } from '../../lib/dataset/schema';
import type { CountryProps, GovernorateProps } from '../../lib/geo';
import { CHANGE_COLORS, changeClass, CLASS_COLORS, classOf } from './choropleth';
import { formatSigned } from '../../lib/format';

/**
 * Outlines drawn whole, not clipped to the view by Leaflet: clipping every ring was about half
 * of each redraw (a resize, a zoom; one traced at ~115 ms while a layer loaded, ~55 without).
 * The browser clips an SVG path to its box anyway. (Not among react-leaflet's props' types.)
 */
const NO_CLIP: PolylineOptions = { noClip: true };

export function CountriesLayer({ data }: { data: FeatureCollection<Geometry, CountryProps> }) {
  return (
    <GeoJSON
      data={data}
      interactive={false}
      {...NO_CLIP}
      style={(f) => ({
        color: '#b8bfc8',
        weight: 1,
        fillColor: f?.properties.role === 'iraq' ? '#ffffff' : '#e4e7eb',
        fillOpacity: 1,
      })}
    />
  );
}

/** A text-only tooltip: dataset names never reach Leaflet as HTML. */
function textNode(text: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

export function GovernoratesLayer({
  data,
  counts,
  breaks,
  provinces,
  change,
}: {
  data: FeatureCollection<Geometry, GovernorateProps>;
  counts: Map<string, number>;
  breaks: number[];
  provinces: Dataset['provinces'];
  /** Before/after: the change per governorate, shading instead of the counts. */
  change?: { byProvince: Map<string, number>; maxAbs: number } | undefined;
}) {
  const { t } = useTranslation();
  const { lang, num, locale } = useLocale();
  const signed = (n: number) => formatSigned(n, locale);
  const selected = useViewStore((s) => s.provinces);
  const ref = useRef<LeafletGeoJSON>(null);

  // The same function until what it shows changes: react-leaflet restyles every governorate
  // whenever it is given a new one.
  const style = useCallback(
    (f?: Feature<Geometry, GovernorateProps>): PathOptions => {
      const iso = f?.properties.iso ?? '';
      const on = selected.includes(iso);
      return {
        // A stable class per governorate, for tests and for print styles.
        className: `gov gov-${iso}`,
        color: on ? '#0b2f57' : '#7d8793',
        weight: on ? 3 : 1,
        fillColor: change
          ? CHANGE_COLORS[changeClass(change.byProvince.get(iso) ?? 0, change.maxAbs)]
          : CLASS_COLORS[classOf(counts.get(iso) ?? 0, breaks)],
        fillOpacity: 0.85,
      };
    },
    [counts, breaks, selected, change],
  );

  useEffect(() => {
    ref.current?.eachLayer((l: Layer) => {
      const f = (l as Layer & { feature?: Feature<Geometry, GovernorateProps> }).feature;
      if (!f) return;
      const iso = f.properties.iso;
      const name = provinces[iso]?.name[lang] ?? f.properties[`name_${lang}`];
      const label = textNode(
        change
          ? t('map.toggleGovernorateChange', { name, change: signed(change.byProvince.get(iso) ?? 0) })
          : t('map.toggleGovernorate', {
              name,
              events: t('counts.events', { count: counts.get(iso) ?? 0, n: num(counts.get(iso) ?? 0) }),
            }),
      );
      // New words in the tooltip there is: binding again would add its listeners again.
      if (l.getTooltip()) l.setTooltipContent(label);
      else l.bindTooltip(label, { sticky: true, direction: 'top' });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- signed follows locale, as num does
  }, [counts, lang, provinces, t, num, change]);

  return (
    <GeoJSON
      ref={ref}
      data={data}
      {...NO_CLIP}
      style={style}
      onEachFeature={(f: Feature<Geometry, GovernorateProps>, l) => {
        l.on('click', () => useViewStore.getState().toggle('provinces', f.properties.iso));
      }}
    />
  );
}
