import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Pane, ZoomControl } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { dayRange, dayToIso } from '../../lib/dates/partial-date';
import { compareAround } from '../../lib/filters/compare';
import { useEventFilters, useFilteredRowsIf } from '../../lib/filters/use-filtered';
import { useLayerRows } from '../../lib/layers/layer-rows';
import { useLayers, useVisibleLayers } from '../../lib/layers/use-layers';
import { EventPoints } from './event-points';
import { countsOf, inWindow } from './layer-counts';
import { ShadeChoice } from './shade-choice';
import { useViewStore } from '../../lib/store/view-store';
import { useCursor } from '../../lib/hooks/use-cursor';
import { useLocale } from '../../lib/use-locale';
import { isRtl } from '../../lib/i18n/languages';
import { ViewSection } from '../../components/view-section';
import { useBasemap } from './geo';
import { classBreaks } from './choropleth';
import { CountriesLayer, GovernoratesLayer } from './layers';
import { BaseMarkers } from './base-markers';
import { useBaseStatus } from './base-status';
import { NoteMarkers } from './note-markers';
import { MapLegend } from './map-legend';
import { BaseList } from './base-list';
import { AutoFit } from './auto-fit';
import './map.css';

const IGNORE_DATE = ['date'] as const;

const IRAQ: [[number, number], [number, number]] = [
  [29.0, 38.7],
  [37.4, 48.6],
];

export default function BaseMap() {
  const { t } = useTranslation();
  const { data, index } = useLoadedDataset();
  const { lang, text } = useLocale();
  // Deferred, as the rows are: a date preset redraws the bases' statuses with the rest of the
  // map, not first in the click's own render.
  const { to } = useEventFilters();
  const { governorates, countries } = useBasemap();
  const cursor = useCursor();
  // With a playback cursor, the map shows the events of its trailing window.
  const [from, day] = cursor ? [cursor.from, cursor.day] : [null, null];
  const visible = useVisibleLayers();
  const filtered = useLayerRows(visible);
  const windowed = useMemo(
    () => (from === null || day === null ? filtered : filtered.map((l) => inWindow(l, from, day))),
    [filtered, from, day],
  );
  // Shading follows the chosen layer (the first visible one if it is hidden); points, every layer.
  const shadeKey = useViewStore((s) => s.shadeLayer);
  const shade = windowed.find((l) => l.layer.key === shadeKey) ?? windowed[0];
  const counts = useMemo(() => (shade ? countsOf(shade) : new Map<string, number>()), [shade]);
  const layered = useLayers().length > 1;
  // Before/after on the map: the change per governorate around the anchor, all dates.
  const compare = useViewStore((s) => s.compare);
  const undated = useFilteredRowsIf(!!compare?.map, index, IGNORE_DATE);
  const change = useMemo(() => {
    if (!compare?.map || !undated) return undefined;
    const c = compareAround(index, undated, compare.anchor, compare.days);
    if (!c) return undefined;
    const byProvince = new Map(c.byProvince.filter((r) => r.key).map((r) => [r.key, r.after - r.before]));
    return { byProvince, maxAbs: Math.max(0, ...[...byProvince.values()].map(Math.abs)) };
  }, [compare, index, undated]);
  const breaks = useMemo(() => classBreaks(Math.max(0, ...counts.values())), [counts]);
  // Statuses are those at the playback cursor, or at the end of the date range (or of the data).
  const statusDay = cursor ? cursor.day : to ? dayRange(to)[1] : index.maxDay;
  const statuses = useBaseStatus();

  return (
    <ViewSection title={t('map.title')} className="map-view" view="map">
      {data.meta.imported && <p className="hint">{t('import.basesReference')}</p>}
      {layered && <ShadeChoice layers={visible} value={shade?.layer.key ?? null} />}
      <div className="map-box">
        <MapContainer
          bounds={IRAQ}
          zoomSnap={0.25}
          zoomControl={false}
          attributionControl={false}
          className="map"
          minZoom={4}
          maxZoom={11}
          keyboard
        >
          <ZoomControl
            key={lang}
            position={isRtl(lang) ? 'topleft' : 'topright'}
            zoomInTitle={t('map.zoomIn')}
            zoomOutTitle={t('map.zoomOut')}
          />
          <Pane name="countries" style={{ zIndex: 200 }}>
            {countries && <CountriesLayer data={countries} />}
          </Pane>
          <Pane name="governorates" style={{ zIndex: 300 }}>
            {governorates && (
              <GovernoratesLayer
                data={governorates}
                counts={counts}
                breaks={breaks}
                provinces={data.provinces}
                change={change}
              />
            )}
          </Pane>
          {/* Points only beside other layers: alone, a dataset is its shading and its bases. */}
          {layered && <EventPoints layers={windowed} />}
          <BaseMarkers bases={data.bases} statusDay={statusDay} statuses={statuses} />
          <NoteMarkers bases={data.bases} governorates={governorates} />
          <AutoFit bounds={IRAQ} />
        </MapContainer>
        <MapLegend
          breaks={breaks}
          statusDate={dayToIso(statusDay)}
          statusesFrom={statuses.from && statusDay < statuses.from.day ? statuses.from.date : null}
          changeMax={change?.maxAbs}
          layer={
            layered && shade ? { name: text(shade.layer.name), counts: shade.layer.kind === 'counts' } : null
          }
          points={
            layered
              ? windowed
                  .filter((l) => l.layer.kind === 'events')
                  .map((l) => ({ name: text(l.layer.name), color: l.layer.color }))
              : []
          }
        />
      </div>
      <BaseList bases={data.bases} statusDay={statusDay} statuses={statuses} />
    </ViewSection>
  );
}
