import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/use-locale';
import { CLASS_COLORS } from './choropleth';

/** Drawn over the map as part of the view, so an image of the map carries its legend. */
export function MapLegend({ breaks, statusDate }: { breaks: number[]; statusDate: string }) {
  const { t } = useTranslation();
  const { num, date } = useLocale();
  const classes = breaks.map((b, i) => {
    const lo = i === 0 ? 0 : breaks[i - 1]! + 1;
    return { color: CLASS_COLORS[i]!, label: i === 0 ? num(0) : lo === b ? num(b) : `${num(lo)}–${num(b)}` };
  });
  return (
    <div className="map-legend">
      <strong>{t('map.legend')}</strong>
      <ul className="swatches">
        {classes.map((c) => (
          <li key={c.label}>
            <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
            {c.label}
          </li>
        ))}
      </ul>
      <strong>{t('map.statusAt', { date: date(statusDate) })}</strong>
      <ul className="statuses">
        <li>
          <span className="base-marker present" aria-hidden="true" /> {t('map.present')}
        </li>
        <li>
          <span className="base-marker handedOver" aria-hidden="true" /> {t('map.handedOver')}
        </li>
      </ul>
    </div>
  );
}
