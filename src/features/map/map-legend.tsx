import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/use-locale';
import { CHANGE_COLORS, CLASS_COLORS } from './choropleth';
import { formatSigned, isolate } from '../../lib/format';

/** Drawn over the map as part of the view, so an image of the map carries its legend. */
export function MapLegend({
  breaks,
  statusDate,
  statusesFrom = null,
  changeMax,
  layer = null,
  points = [],
}: {
  breaks: number[];
  statusDate: string;
  /** Set when the record gives no status on that date: the date from which it does. */
  statusesFrom?: string | null;
  /** With several layers: the one the shading counts, and whether it counts weekly rows. */
  layer?: { name: string; counts: boolean } | null;
  /** With several layers: the event layers drawn as points, by colour. */
  points?: { name: string; color: string }[];
  /** Set when the map shades the before/after change: the largest change, either way. */
  changeMax?: number | undefined;
}) {
  const { t } = useTranslation();
  const { num, date, locale } = useLocale();
  const classes = breaks.map((b, i) => {
    const lo = i === 0 ? 0 : breaks[i - 1]! + 1;
    return { color: CLASS_COLORS[i]!, label: i === 0 ? num(0) : lo === b ? num(b) : `${num(lo)}–${num(b)}` };
  });
  return (
    <div className="map-legend">
      {changeMax === undefined ? (
        <>
          <strong>
            {layer
              ? t(layer.counts ? 'map.legendLayerCounts' : 'map.legendLayer', { layer: isolate(layer.name) })
              : t('map.legend')}
          </strong>
          <ul className="swatches">
            {classes.map((c) => (
              <li key={c.label}>
                <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
                {c.label}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <strong>{t('map.legendChange')}</strong>
          <ul className="swatches">
            {CHANGE_COLORS.map((color, i) => (
              <li key={color}>
                <span className="swatch" style={{ background: color }} aria-hidden="true" />
                {i === 0 || i === 3 || i === 6
                  ? formatSigned(i === 3 ? 0 : i === 0 ? -changeMax : changeMax, locale)
                  : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {points.length > 0 && (
        <>
          <strong>{t('map.pointsLegend')}</strong>
          <ul className="points">
            {points.map((p) => (
              <li key={p.name}>
                <span className="point-mark" style={{ background: p.color }} aria-hidden="true" />
                <bdi>{p.name}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
      <strong>{t('map.statusAt', { date: date(statusDate) })}</strong>
      <ul className="statuses">
        <li>
          <span className="base-marker present" aria-hidden="true" /> {t('map.present')}
        </li>
        <li>
          <span className="base-marker handedOver" aria-hidden="true" /> {t('map.handedOver')}
        </li>
        {statusesFrom && (
          <li>
            <span className="base-marker unknown" aria-hidden="true" />{' '}
            {t('map.unknown', { date: date(statusesFrom) })}
          </li>
        )}
      </ul>
    </div>
  );
}
